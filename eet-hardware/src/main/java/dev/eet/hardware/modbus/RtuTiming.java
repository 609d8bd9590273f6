package dev.eet.hardware.modbus;

/**
 * Modbus RTU timing (Modbus over serial line 1.02, 2.5.1.1): a character is 11 bits (start, 8 data, parity or
 * second stop, stop); frames are separated by at least 3.5 character times; above 19200 baud the fixed value
 * 1.75 ms is used.
 */
public final class RtuTiming {
    private RtuTiming() {
    }

    /**
     * @param baud bits per second
     * @return t3.5 in nanoseconds
     */
    public static long interFrameNanos(int baud) {
        if (baud <= 0) {
            throw new IllegalArgumentException("baud must be positive, was " + baud);
        }
        return baud > 19200 ? 1_750_000L : 38_500_000_000L / baud;
    }

    /**
     * @param baud bits per second
     * @param bytes frame length
     * @return how long the bytes take on the line, in nanoseconds
     */
    public static long transmitNanos(int baud, int bytes) {
        return 11_000_000_000L * bytes / baud;
    }
}
