package dev.eet.api.hardware;

import java.time.Duration;

/**
 * A byte link to a device: a serial port, a pseudo-terminal, or an in-memory fake. Drivers speak their protocol
 * over this interface so that they can be tested without hardware. Implementations are used by one transaction
 * at a time (the driver serialises access); {@link #close()} may be called from any thread and wakes a blocked
 * {@link #read}.
 */
public interface SerialLink extends AutoCloseable {

    /** @return the port name used in error messages, e.g. {@code /dev/ttyUSB0} */
    String name();

    /**
     * Writes every byte (blocking until they are handed to the device).
     *
     * @param data the bytes
     * @throws MeterException naming the port if the link is closed or the write fails
     */
    void write(byte[] data);

    /**
     * Reads what is available, waiting up to {@code timeout} for the first byte.
     *
     * @param buffer destination
     * @param offset first index to fill
     * @param length most bytes to read (positive)
     * @param timeout longest wait for the first byte
     * @return the number of bytes read, 0 if none arrived in time
     * @throws MeterException naming the port if the link is closed or the read fails
     */
    int read(byte[] buffer, int offset, int length, Duration timeout);

    /** Drops every byte received but not yet read. */
    void discardInput();

    /** @return whether the link is open */
    boolean isOpen();

    /** Releases the port. Idempotent. */
    @Override
    void close();
}
