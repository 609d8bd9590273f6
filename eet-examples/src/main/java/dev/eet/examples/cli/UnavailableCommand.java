package dev.eet.examples.cli;

/**
 * A subcommand named by node.md that is not built yet: says so and exits 2. Replaced by the real command when
 * its issue lands.
 */
abstract class UnavailableCommand implements Command {
    private final String name;
    private final String summary;
    private final String synopsis;

    UnavailableCommand(String name, String summary, String synopsis) {
        this.name = name;
        this.summary = summary;
        this.synopsis = synopsis;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String summary() {
        return summary + " (not available yet)";
    }

    @Override
    public String usage() {
        return "usage: eet " + synopsis + "\n\n" + summary + ".\nThis command is not available yet in this build.";
    }

    @Override
    public int run(Args args, CommandIo io) {
        throw new CliException("eet " + name + " is not available yet in this build", 2);
    }
}
