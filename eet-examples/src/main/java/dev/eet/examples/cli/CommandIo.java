package dev.eet.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The standard streams a command uses (injected so tests can capture them).
 *
 * @param in standard input
 * @param out standard output
 * @param err standard error
 */
public record CommandIo(InputStream in, PrintStream out, PrintStream err) {
    /** @return the process's real streams */
    public static CommandIo system() {
        return new CommandIo(System.in, System.out, System.err);
    }
}
