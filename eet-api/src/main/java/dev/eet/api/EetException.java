package dev.eet.api;

/**
 * Root of every exception EET throws on purpose. Unchecked: callers handle the named subclasses they expect.
 */
public class EetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, naming the thing and the field involved
     */
    public EetException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong
     * @param cause the underlying failure
     */
    public EetException(String message, Throwable cause) {
        super(message, cause);
    }
}
