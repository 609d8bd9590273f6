package dev.eet.examples.cli;

/** Lets tests of other packages run the CLI in-process through {@link CliRun}. */
public final class CliRunAccess {
    private CliRunAccess() {
    }

    /**
     * @param args the command line after {@code eet}
     * @return what the run printed on standard error
     */
    public static String stderrOf(String... args) {
        return CliRun.run(args).err();
    }
}
