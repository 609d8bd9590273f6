package dev.eet.tck.hardware;

import dev.eet.api.hardware.MeterException;
import dev.eet.api.hardware.SerialLink;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An in-memory serial port for tests: a named, exclusive port (like a real tty, a second {@link #open()} fails
 * while the first link is open) whose other end is the {@link #device()} link, where a simulated or recorded device
 * answers. Bytes written on one end are read on the other.
 */
public final class InMemorySerialPort {
    private final String name;
    private final Pipe toDevice = new Pipe();
    private final Pipe toHost = new Pipe();
    private final SerialLink device;
    private Link hostLink;

    /** @param name the port name used in error messages, e.g. {@code mem0} */
    public InMemorySerialPort(String name) {
        this.name = name;
        this.device = new Link(name + " (device end)", toHost, toDevice, null);
    }

    /** @return the port name */
    public String name() {
        return name;
    }

    /**
     * Opens the host end.
     *
     * @return the link a driver uses
     * @throws MeterException naming the port if it is already open
     */
    public synchronized SerialLink open() {
        if (hostLink != null && hostLink.isOpen()) {
            throw new MeterException(name, "port is busy (already open)");
        }
        toHost.clear();
        hostLink = new Link(name, toDevice, toHost, this);
        return hostLink;
    }

    /** @return whether the host end is open */
    public synchronized boolean isOpen() {
        return hostLink != null && hostLink.isOpen();
    }

    /** @return the device end (never exclusive; closing it stops the device) */
    public SerialLink device() {
        return device;
    }

    private static final class Pipe {
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition data = lock.newCondition();
        private final ArrayDeque<Byte> bytes = new ArrayDeque<>();
        private boolean closed;

        void write(byte[] b) {
            lock.lock();
            try {
                for (byte x : b) {
                    bytes.add(x);
                }
                data.signalAll();
            } finally {
                lock.unlock();
            }
        }

        int read(byte[] buf, int off, int len, Duration timeout, Link reader) throws InterruptedException {
            lock.lock();
            try {
                long nanos = timeout.toNanos();
                while (bytes.isEmpty() && nanos > 0 && reader.isOpen() && !closed) {
                    nanos = data.awaitNanos(nanos);
                }
                int n = 0;
                while (n < len && !bytes.isEmpty()) {
                    buf[off + n++] = bytes.poll();
                }
                return n;
            } finally {
                lock.unlock();
            }
        }

        void clear() {
            lock.lock();
            try {
                bytes.clear();
            } finally {
                lock.unlock();
            }
        }

        void wake() {
            lock.lock();
            try {
                data.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    private static final class Link implements SerialLink {
        private final String name;
        private final Pipe out;
        private final Pipe in;
        private final InMemorySerialPort owner;
        private volatile boolean open = true;

        Link(String name, Pipe out, Pipe in, InMemorySerialPort owner) {
            this.name = name;
            this.out = out;
            this.in = in;
            this.owner = owner;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void write(byte[] data) {
            if (!open) {
                throw new MeterException(name, "port is closed");
            }
            out.write(data.clone());
        }

        @Override
        public int read(byte[] buffer, int offset, int length, Duration timeout) {
            if (!open) {
                throw new MeterException(name, "port is closed");
            }
            try {
                int n = in.read(buffer, offset, length, timeout, this);
                if (!open) {
                    throw new MeterException(name, "port is closed");
                }
                return n;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MeterException(name, "interrupted while reading");
            }
        }

        @Override
        public void discardInput() {
            in.clear();
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            open = false;
            in.wake();
            if (owner == null) {
                in.closed = true;
            }
        }
    }

    /**
     * Starts a device that answers every burst of bytes with {@code garbage} (a broken or mis-wired device).
     *
     * @param garbage the bytes to answer with
     * @return the running device; close it to stop
     */
    public AutoCloseable answerWithGarbage(byte[] garbage) {
        byte[] reply = garbage.clone();
        Thread t = new Thread(() -> {
            byte[] buf = new byte[256];
            while (device.isOpen()) {
                try {
                    if (device.read(buf, 0, buf.length, Duration.ofMillis(50)) > 0) {
                        TimeUnit.MILLISECONDS.sleep(2);
                        device.write(reply);
                    }
                } catch (MeterException | InterruptedException e) {
                    return;
                }
            }
        }, "garbage device " + name);
        t.setDaemon(true);
        t.start();
        return device::close;
    }
}
