package dev.eet.api.hardware;

/** A device did not answer within its response timeout (after every retry); the message names the port. */
public class MeterTimeoutException extends MeterException {
    private static final long serialVersionUID = 1L;

    /**
     * @param port the serial port or network address
     * @param message what timed out, e.g. {@code "unit 1: no response to read of 2 registers at 0x0048 within 500 ms"}
     */
    public MeterTimeoutException(String port, String message) {
        super(port, message);
    }
}
