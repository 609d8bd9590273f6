package dev.eet.examples.cli;

/** {@code eet experiment}: reproduce a published experiment (CSV, SVG chart, table). */
final class ExperimentCommand extends UnavailableCommand {
    ExperimentCommand() {
        super("experiment", "reproduce a published experiment (CSV, SVG chart, table)", "experiment NAME [--out DIR] | experiment --list");
    }
}
