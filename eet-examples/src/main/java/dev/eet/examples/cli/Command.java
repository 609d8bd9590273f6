package dev.eet.examples.cli;

/** One {@code eet} subcommand. */
public interface Command {

    /** @return the subcommand name, e.g. {@code "match"} */
    String name();

    /** @return one line for {@code eet --help} */
    String summary();

    /** @return the full usage text printed by {@code eet NAME --help} */
    String usage();

    /**
     * Runs the subcommand. Bad input is reported by throwing {@link CliException} (or any
     * {@link dev.eet.api.InvalidArgumentException}), which {@link Eet} prints as one line.
     *
     * @param args the arguments after the subcommand name ({@code --help} already handled)
     * @param io standard streams
     * @return the exit code
     * @throws Exception on failure; printed as one line unless {@code --debug}
     */
    int run(Args args, CommandIo io) throws Exception;
}
