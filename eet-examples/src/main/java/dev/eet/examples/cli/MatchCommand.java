package dev.eet.examples.cli;

/** {@code eet match}: run one matcher on one order book and print JSON. */
final class MatchCommand extends UnavailableCommand {
    MatchCommand() {
        super("match", "run one matcher on one order book and print JSON", "match --input FILE|-");
    }
}
