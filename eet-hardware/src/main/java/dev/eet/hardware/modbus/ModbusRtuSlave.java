package dev.eet.hardware.modbus;

import dev.eet.api.hardware.MeterException;
import dev.eet.api.hardware.SerialLink;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A Modbus RTU server (slave) on a {@link SerialLink}: frames requests by their expected length (8 bytes for
 * 0x03/0x04/0x06, 9 + byte count for 0x10) plus CRC, drops a partial or garbled frame once the line has been
 * silent (t3.5, at least 20 ms to absorb scheduling jitter), answers requests for its unit after a t3.5 gap, and
 * stays silent for other units and broadcasts. For tests it can ignore or corrupt its next responses.
 */
public final class ModbusRtuSlave implements AutoCloseable {
    private final SerialLink link;
    private final int unitId;
    private final ModbusRequestHandler handler;
    private final long gapNanos;
    private final Duration silence;
    private final Thread thread;
    private volatile boolean running = true;
    private final AtomicInteger ignoreNext = new AtomicInteger();
    private final AtomicInteger corruptNext = new AtomicInteger();
    private final AtomicLong served = new AtomicLong();
    private final AtomicLong garbled = new AtomicLong();

    /**
     * Starts serving at once on a daemon thread.
     *
     * @param link the device end of the link (owned: closed by {@link #close()})
     * @param unitId the unit id answered, 1 to 247
     * @param bank the registers
     * @param baud the line speed, for t3.5
     */
    public ModbusRtuSlave(SerialLink link, int unitId, RegisterBank bank, int baud) {
        this.link = Objects.requireNonNull(link, "link");
        if (unitId < 1 || unitId > 247) {
            throw new IllegalArgumentException("unit must be 1 to 247, was " + unitId);
        }
        this.unitId = unitId;
        this.handler = new ModbusRequestHandler(bank);
        this.gapNanos = RtuTiming.interFrameNanos(baud);
        this.silence = Duration.ofNanos(Math.max(gapNanos, 20_000_000L));
        this.thread = new Thread(this::serve, "modbus-rtu-slave " + link.name() + "#" + unitId);
        thread.setDaemon(true);
        thread.start();
    }

    /** @param n how many of the next valid requests to leave unanswered (to exercise timeouts and retries) */
    public void ignoreNext(int n) {
        ignoreNext.set(n);
    }

    /** @param n how many of the next responses to send with a wrong CRC */
    public void corruptNext(int n) {
        corruptNext.set(n);
    }

    /** @return responses handed to the link (counted before the write, so a master that has one sees it counted) */
    public long served() {
        return served.get();
    }

    /** @return frames dropped for a bad CRC or as incomplete */
    public long garbled() {
        return garbled.get();
    }

    private void serve() {
        byte[] buf = new byte[600];
        int len = 0;
        while (running) {
            int n;
            try {
                n = link.read(buf, len, buf.length - len, silence);
            } catch (MeterException e) {
                if (!running || !link.isOpen()) {
                    return;
                }
                LockSupport.parkNanos(silence.toNanos());
                continue;
            }
            if (n == 0) {
                if (len > 0) {
                    if (!(expectedLength(buf, len) == 0 && answerUnknown(buf, len))) {
                        garbled.incrementAndGet();
                    }
                    len = 0;
                }
                continue;
            }
            len += n;
            while (len >= 2) {
                int need = expectedLength(buf, len);
                if (need < 0 || need == 0 || len < need) {
                    break;
                }
                if (!Crc16.check(buf, need)) {
                    garbled.incrementAndGet();
                    len = 0;
                    break;
                }
                answer(buf, need);
                System.arraycopy(buf, need, buf, 0, len - need);
                len -= need;
            }
            if (len == buf.length) {
                garbled.incrementAndGet();
                len = 0;
            }
        }
    }

    /** @return the frame length, -1 if more bytes are needed to know it, 0 if the function is unknown */
    private static int expectedLength(byte[] buf, int len) {
        int fc = buf[1] & 0xFF;
        switch (fc) {
            case 0x03, 0x04, 0x06:
                return 8;
            case 0x10:
                return len >= 7 ? 9 + (buf[6] & 0xFF) : -1;
            default:
                return 0;
        }
    }

    private boolean answerUnknown(byte[] buf, int len) {
        if (len >= 4 && Crc16.check(buf, len)) {
            answer(buf, len);
            return true;
        }
        return false;
    }

    private void answer(byte[] frame, int length) {
        int unit = frame[0] & 0xFF;
        if (unit != unitId && unit != 0) {
            return;
        }
        byte[] pdu = java.util.Arrays.copyOfRange(frame, 1, length - 2);
        byte[] response = handler.handle(pdu);
        if (unit == 0) {
            return;
        }
        if (ignoreNext.getAndUpdate(v -> Math.max(0, v - 1)) > 0) {
            return;
        }
        byte[] body = new byte[response.length + 1];
        body[0] = (byte) unitId;
        System.arraycopy(response, 0, body, 1, response.length);
        byte[] out = Crc16.append(body);
        if (corruptNext.getAndUpdate(v -> Math.max(0, v - 1)) > 0) {
            out[out.length - 1] ^= 0x5A;
        }
        LockSupport.parkNanos(gapNanos);
        served.incrementAndGet();
        try {
            link.write(out);
        } catch (MeterException e) {
            // the master went away; keep serving
        }
    }

    /** Stops serving and closes the link. */
    @Override
    public void close() {
        running = false;
        link.close();
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
