package dev.eet.api.hardware;

import dev.eet.api.model.MeterReading;

/**
 * Reads one meter. Safe to call from several threads (reads are serialised per bus). {@link #close()} releases
 * the port; a closed driver throws on read.
 */
public interface MeterDriver extends AutoCloseable {

    /** @return the device id readings carry */
    String deviceId();

    /**
     * @return a fresh reading
     * @throws MeterException naming the port and the cause on timeout, CRC error or exception response
     */
    MeterReading read();

    /** Releases the port. Idempotent. */
    @Override
    void close();
}
