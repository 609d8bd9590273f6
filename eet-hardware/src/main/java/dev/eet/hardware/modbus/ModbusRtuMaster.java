package dev.eet.hardware.modbus;

import dev.eet.api.hardware.MeterException;
import dev.eet.api.hardware.MeterTimeoutException;
import dev.eet.api.hardware.SerialLink;
import dev.eet.api.value.Bytes;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Modbus RTU master over a {@link SerialLink}. Frames are {@code unit + PDU + CRC-16/MODBUS (low byte first)}.
 * A response is framed by its expected length (known from the request: 5 bytes for an exception, 5 + 2n for a
 * read of n registers, 8 for a write) and accepted only if its CRC, unit and function match. Requests are spaced
 * by at least t3.5 of line silence ({@link RtuTiming}); after a garbled or missing response the master waits for
 * t3.5 of silence (resynchronisation), drops anything buffered, and retries up to {@code retries} times.
 * Exception responses are not retried. With {@code echo} the master first reads back and checks its own request
 * (half-duplex adapters that loop transmitted bytes back). One transaction is in flight at a time: callers queue
 * on a fair lock.
 *
 * <p>No inter-character (t1.5) timeout is enforced inside a frame: USB adapters and pseudo-terminals deliver
 * bytes in bursts with gaps far above t1.5, so only the overall response timeout applies.
 */
public final class ModbusRtuMaster implements ModbusTransport {
    private final SerialLink link;
    private final int baud;
    private final Duration responseTimeout;
    private final int retries;
    private final boolean echo;
    private final long gapNanos;
    private final ReentrantLock lock = new ReentrantLock(true);
    private long lastActivityNanos = System.nanoTime();
    private volatile long transactions;
    private volatile long failedAttempts;

    /**
     * @param link the serial link (owned: closed with this master)
     * @param baud the line speed, for t3.5
     * @param responseTimeout how long to wait for each response
     * @param retries how many times to repeat a timed-out or garbled transaction
     * @param echo whether to skip the echo of each request first
     */
    public ModbusRtuMaster(SerialLink link, int baud, Duration responseTimeout, int retries, boolean echo) {
        this.link = Objects.requireNonNull(link, "link");
        this.baud = baud;
        this.responseTimeout = Objects.requireNonNull(responseTimeout, "responseTimeout");
        this.retries = retries;
        this.echo = echo;
        this.gapNanos = RtuTiming.interFrameNanos(baud);
        if (retries < 0) {
            throw new IllegalArgumentException("retries must not be negative");
        }
    }

    /**
     * Builds the RTU frame of a request.
     *
     * @param unit the unit id, 0 to 247
     * @param request the request
     * @return {@code unit, PDU, CRC low, CRC high}
     */
    public static byte[] frame(int unit, ModbusRequest request) {
        byte[] pdu = request.pdu();
        byte[] body = new byte[pdu.length + 1];
        body[0] = (byte) unit;
        System.arraycopy(pdu, 0, body, 1, pdu.length);
        return Crc16.append(body);
    }

    @Override
    public String name() {
        return link.name();
    }

    /** @return transactions completed (with a valid response or exception) */
    public long transactions() {
        return transactions;
    }

    /** @return attempts that failed with a timeout or garbled frame and were retried or reported */
    public long failedAttempts() {
        return failedAttempts;
    }

    @Override
    public int[] execute(int unit, ModbusRequest request) {
        if (unit < 0 || unit > 247) {
            throw new IllegalArgumentException("unit must be 0 to 247, was " + unit);
        }
        if (unit == 0 && (request instanceof ModbusRequest.ReadRegisters)) {
            throw new IllegalArgumentException("a read cannot be broadcast (unit 0)");
        }
        byte[] frame = frame(unit, request);
        lock.lock();
        try {
            MeterException last = null;
            for (int attempt = 0; attempt <= retries; attempt++) {
                if (!link.isOpen()) {
                    throw new MeterException(link.name(), "port is closed");
                }
                try {
                    int[] result = transact(unit, request, frame);
                    transactions++;
                    return result;
                } catch (ModbusExceptionResponse e) {
                    transactions++;
                    throw e;
                } catch (MeterTimeoutException | ModbusProtocolException e) {
                    failedAttempts++;
                    last = e;
                    resynchronise();
                }
            }
            if (last instanceof MeterTimeoutException) {
                throw new MeterTimeoutException(link.name(), stripPort(last) + " (after " + (retries + 1)
                        + " attempt" + (retries == 0 ? "" : "s") + ")");
            }
            throw new ModbusProtocolException(link.name(), stripPort(last) + " (after " + (retries + 1) + " attempt"
                    + (retries == 0 ? "" : "s") + ")");
        } finally {
            lock.unlock();
        }
    }

    private String stripPort(MeterException e) {
        String m = e.getMessage();
        String prefix = link.name() + ": ";
        return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }

    private int[] transact(int unit, ModbusRequest request, byte[] frame) {
        waitForSilence();
        link.discardInput();
        link.write(frame);
        lastActivityNanos = System.nanoTime() + RtuTiming.transmitNanos(baud, frame.length);
        long deadline = System.nanoTime() + responseTimeout.toNanos();
        if (echo) {
            byte[] echoed = new byte[frame.length];
            readFully(echoed, 0, frame.length, deadline, unit, request, "echo of");
            if (!Arrays.equals(echoed, frame)) {
                throw new ModbusProtocolException(link.name(), "unit " + unit + ": echo " + Bytes.of(echoed).toHex()
                        + " differs from request " + Bytes.of(frame).toHex());
            }
            deadline = System.nanoTime() + responseTimeout.toNanos();
        }
        if (unit == 0) {
            return new int[0];
        }
        int function = request.function().code();
        byte[] buf = new byte[request.responseLength() + 3];
        readFully(buf, 0, 2, deadline, unit, request, "response to");
        int length;
        if ((buf[1] & 0xFF) == (function | 0x80)) {
            length = 5;
        } else if ((buf[1] & 0xFF) == function) {
            length = request.responseLength() + 3;
        } else {
            throw new ModbusProtocolException(link.name(), "unit " + unit + ": response to " + request.describe()
                    + " starts " + Bytes.of(Arrays.copyOf(buf, 2)).toHex() + ", expected function "
                    + String.format("%02X", function));
        }
        readFully(buf, 2, length - 2, deadline, unit, request, "response to");
        lastActivityNanos = System.nanoTime();
        if (!Crc16.check(buf, length)) {
            throw new ModbusProtocolException(link.name(), "unit " + unit + ": CRC error in response to "
                    + request.describe() + " (frame " + Bytes.of(Arrays.copyOf(buf, length)).toHex() + ")");
        }
        if ((buf[0] & 0xFF) != unit) {
            throw new ModbusProtocolException(link.name(), "unit " + unit + ": response to " + request.describe()
                    + " came from unit " + (buf[0] & 0xFF));
        }
        return ModbusPdu.parseResponse(link.name(), unit, request, Arrays.copyOfRange(buf, 1, length - 2));
    }

    private void readFully(byte[] buf, int offset, int length, long deadline, int unit, ModbusRequest request,
                           String what) {
        int done = 0;
        while (done < length) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new MeterTimeoutException(link.name(), "unit " + unit + ": no complete " + what + " "
                        + request.describe() + " within " + responseTimeout.toMillis() + " ms"
                        + (offset + done == 0 ? " (no bytes)" : " (got " + Bytes.of(Arrays.copyOf(buf, offset + done))
                        .toHex() + ")"));
            }
            done += link.read(buf, offset + done, length - done, Duration.ofNanos(remaining));
        }
    }

    private void waitForSilence() {
        long wait;
        while ((wait = lastActivityNanos + gapNanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    /** Reads and drops bytes until the line has been silent for t3.5 (at least 5 ms, at most the timeout). */
    private void resynchronise() {
        if (!link.isOpen()) {
            return;
        }
        Duration silence = Duration.ofNanos(Math.max(gapNanos, 5_000_000L));
        long limit = System.nanoTime() + responseTimeout.toNanos();
        byte[] junk = new byte[256];
        try {
            while (System.nanoTime() < limit && link.read(junk, 0, junk.length, silence) > 0) {
                // drop bytes of the garbled or late frame
            }
            link.discardInput();
        } catch (MeterException e) {
            // the link failed; the next attempt reports it
        }
        lastActivityNanos = System.nanoTime();
    }

    @Override
    public boolean isOpen() {
        return link.isOpen();
    }

    @Override
    public void close() {
        link.close();
    }
}
