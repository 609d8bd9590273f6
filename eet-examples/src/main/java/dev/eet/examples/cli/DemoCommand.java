package dev.eet.examples.cli;

/** {@code eet demo}: run a small exchange on this machine and write a report. */
final class DemoCommand extends UnavailableCommand {
    DemoCommand() {
        super("demo", "run a small exchange on this machine and write a report", "demo [--nodes N] [--participants N] [--periods N] [--matcher NAME] [--seed S] [--out DIR]");
    }
}
