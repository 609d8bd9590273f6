package dev.eet.examples.cli;

/** {@code eet node}: run one node of a real deployment. */
final class NodeCommand extends UnavailableCommand {
    NodeCommand() {
        super("node", "run one node of a real deployment", "node --config FILE");
    }
}
