package dev.eet.examples.cli;

/** {@code eet elect}: run delegate elections and print JSON. */
final class ElectCommand extends UnavailableCommand {
    ElectCommand() {
        super("elect", "run delegate elections and print JSON", "elect --input FILE|-");
    }
}
