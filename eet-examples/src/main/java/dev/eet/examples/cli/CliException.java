package dev.eet.examples.cli;

/** A user error on the command line: printed as one line, exit code {@link #exitCode()}. */
public class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /**
     * @param message one line saying what is wrong (the file, the order and field...)
     */
    public CliException(String message) {
        this(message, 1);
    }

    /**
     * @param message one line saying what is wrong
     * @param exitCode the process exit code (1 bad input, 2 usage)
     */
    public CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /**
     * @param message one line saying what is wrong
     * @param cause the underlying failure (shown with --debug)
     */
    public CliException(String message, Throwable cause) {
        super(message, cause);
        this.exitCode = 1;
    }

    /** @return the exit code */
    public int exitCode() {
        return exitCode;
    }
}
