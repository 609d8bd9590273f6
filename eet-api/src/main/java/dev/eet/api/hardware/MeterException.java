package dev.eet.api.hardware;

import dev.eet.api.EetException;

/** A meter or switch could not be opened or read; the message names the port (or address) and the cause. */
public class MeterException extends EetException {
    private static final long serialVersionUID = 1L;

    private final String port;

    /**
     * @param port the serial port or network address
     * @param message what failed
     */
    public MeterException(String port, String message) {
        super(port + ": " + message);
        this.port = port;
    }

    /**
     * @param port the serial port or network address
     * @param message what failed
     * @param cause the underlying failure
     */
    public MeterException(String port, String message, Throwable cause) {
        super(port + ": " + message, cause);
        this.port = port;
    }

    /** @return the port or address involved */
    public String port() {
        return port;
    }
}
