package dev.eet.examples.cli;

/** {@code eet settle}: run asynchronous settlement and print JSON. */
final class SettleCommand extends UnavailableCommand {
    SettleCommand() {
        super("settle", "run asynchronous settlement and print JSON", "settle --input FILE|-");
    }
}
