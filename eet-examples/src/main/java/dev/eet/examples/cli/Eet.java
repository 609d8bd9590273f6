package dev.eet.examples.cli;

import dev.eet.api.EetException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The {@code eet} command: {@code eet [--debug] COMMAND [ARGS]}, {@code eet --help}, {@code eet --version}.
 * Exit codes: 0 success, 1 bad input, 2 usage error (commands may add their own, e.g. 4 for {@code simulate}).
 */
public final class Eet {
    private final Map<String, Command> commands = new LinkedHashMap<>();

    /** Registers every subcommand of node.md, in the order {@code --help} lists them. */
    public Eet() {
        for (Command c : List.of(new DemoCommand(), new NodeCommand(), new MatchCommand(), new ElectCommand(),
                new SettleCommand(), new SimulateCommand(), new ExperimentCommand(), new MeterCommand())) {
            commands.put(c.name(), c);
        }
    }

    /**
     * @param argv command-line arguments
     */
    public static void main(String[] argv) {
        System.exit(new Eet().run(List.of(argv), CommandIo.system()));
    }

    /**
     * Runs a command line; never throws and never exits the JVM.
     *
     * @param argv the arguments
     * @param io standard streams
     * @return the exit code
     */
    public int run(List<String> argv, CommandIo io) {
        List<String> rest = new ArrayList<>(argv);
        boolean debug = rest.remove("--debug");
        if (rest.isEmpty() || rest.get(0).equals("--help") || rest.get(0).equals("-h") || rest.get(0).equals("help")) {
            io.out().print(help());
            return rest.isEmpty() ? 2 : 0;
        }
        if (rest.get(0).equals("--version") || rest.get(0).equals("-V")) {
            io.out().println("eet " + version());
            return 0;
        }
        Command command = commands.get(rest.get(0));
        if (command == null) {
            io.err().println("eet: unknown command '" + rest.get(0) + "' (try eet --help)");
            return 2;
        }
        List<String> args = rest.subList(1, rest.size());
        if (args.contains("--help") || args.contains("-h")) {
            io.out().println(command.usage());
            return 0;
        }
        try {
            return command.run(Args.parse(args, Set.of("list", "debug", "normalised", "normalized", "manual-periods")), io);
        } catch (CliException e) {
            report(io, command, e, debug);
            return e.exitCode();
        } catch (EetException e) {
            report(io, command, e, debug);
            return 1;
        } catch (UncheckedIOException e) {
            report(io, command, e.getCause(), debug);
            return 1;
        } catch (Exception e) {
            io.err().println("eet " + command.name() + ": internal error: " + e
                    + (debug ? "" : " (run with --debug for the stack trace)"));
            if (debug) {
                e.printStackTrace(io.err());
            }
            return 1;
        }
    }

    private static void report(CommandIo io, Command command, Throwable e, boolean debug) {
        io.err().println("eet " + command.name() + ": " + e.getMessage());
        if (debug) {
            e.printStackTrace(io.err());
        }
    }

    /** @return the top-level help text */
    public String help() {
        StringBuilder sb = new StringBuilder();
        sb.append("eet ").append(version()).append(" - Energy Exchange Toolkit\n\n");
        sb.append("usage: eet [--debug] COMMAND [ARGS]     eet COMMAND --help     eet --version\n\ncommands:\n");
        for (Command c : commands.values()) {
            sb.append(String.format("  %-11s %s%n", c.name(), c.summary()));
        }
        sb.append("\nInput JSON is read from a file or '-' (standard input). Exit codes: 0 ok, 1 bad input, 2 usage.\n");
        return sb.toString();
    }

    /** @return the build's version */
    public static String version() {
        try (InputStream in = Eet.class.getResourceAsStream("/dev/eet/examples/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
