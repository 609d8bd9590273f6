package dev.eet.hardware.modbus;

import dev.eet.api.hardware.MeterException;
import dev.eet.api.hardware.MeterTimeoutException;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Modbus TCP client: the same request PDUs as RTU inside an MBAP header ({@code transaction id, protocol 0,
 * length, unit}) over a TCP connection, opened lazily and reopened after an I/O error. Responses with a stale
 * transaction id (a late answer to a timed-out request) are skipped. One transaction is in flight at a time.
 */
public final class ModbusTcpMaster implements ModbusTransport {
    private final String host;
    private final int port;
    private final Duration timeout;
    private final int retries;
    private final ReentrantLock lock = new ReentrantLock(true);
    private Socket socket;
    private int nextTransaction = 1;
    private volatile boolean closed;

    /**
     * @param host server host
     * @param port server port (502 by default on devices)
     * @param timeout connect and response timeout
     * @param retries how many times to repeat a failed transaction
     */
    public ModbusTcpMaster(String host, int port, Duration timeout, int retries) {
        this.host = Objects.requireNonNull(host, "host");
        this.port = port;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.retries = retries;
    }

    /**
     * @param address {@code host:port}, or {@code host} for port 502
     * @param timeout connect and response timeout
     * @param retries retries
     * @return the client
     */
    public static ModbusTcpMaster parse(String address, Duration timeout, int retries) {
        int colon = address.lastIndexOf(':');
        if (colon < 0) {
            return new ModbusTcpMaster(address, 502, timeout, retries);
        }
        try {
            return new ModbusTcpMaster(address.substring(0, colon), Integer.parseInt(address.substring(colon + 1)),
                    timeout, retries);
        } catch (NumberFormatException e) {
            throw new MeterException(address, "not a host:port address");
        }
    }

    /**
     * @param transaction the transaction id
     * @param unit the unit id
     * @param request the request
     * @return the ADU: MBAP header followed by the PDU
     */
    public static byte[] adu(int transaction, int unit, ModbusRequest request) {
        byte[] pdu = request.pdu();
        byte[] adu = new byte[7 + pdu.length];
        adu[0] = (byte) (transaction >>> 8);
        adu[1] = (byte) transaction;
        adu[4] = (byte) ((pdu.length + 1) >>> 8);
        adu[5] = (byte) (pdu.length + 1);
        adu[6] = (byte) unit;
        System.arraycopy(pdu, 0, adu, 7, pdu.length);
        return adu;
    }

    @Override
    public String name() {
        return host + ":" + port;
    }

    @Override
    public int[] execute(int unit, ModbusRequest request) {
        lock.lock();
        try {
            MeterException last = null;
            for (int attempt = 0; attempt <= retries; attempt++) {
                if (closed) {
                    throw new MeterException(name(), "connection is closed");
                }
                try {
                    return transact(unit, request);
                } catch (ModbusExceptionResponse e) {
                    throw e;
                } catch (SocketTimeoutException e) {
                    last = new MeterTimeoutException(name(), "unit " + unit + ": no response to " + request.describe()
                            + " within " + timeout.toMillis() + " ms");
                    disconnect();
                } catch (IOException e) {
                    last = new MeterException(name(), "unit " + unit + ": " + request.describe() + " failed: " + e, e);
                    disconnect();
                } catch (ModbusProtocolException e) {
                    last = e;
                    disconnect();
                }
            }
            throw last;
        } finally {
            lock.unlock();
        }
    }

    private int[] transact(int unit, ModbusRequest request) throws IOException {
        if (socket == null) {
            Socket s = new Socket();
            s.connect(new InetSocketAddress(host, port), (int) Math.max(1, timeout.toMillis()));
            s.setSoTimeout((int) Math.max(1, timeout.toMillis()));
            s.setTcpNoDelay(true);
            socket = s;
        }
        int tid = nextTransaction;
        nextTransaction = (nextTransaction + 1) & 0xFFFF;
        OutputStream out = socket.getOutputStream();
        out.write(adu(tid, unit, request));
        out.flush();
        DataInputStream in = new DataInputStream(socket.getInputStream());
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            byte[] header = new byte[7];
            in.readFully(header);
            int rid = ((header[0] & 0xFF) << 8) | (header[1] & 0xFF);
            int protocol = ((header[2] & 0xFF) << 8) | (header[3] & 0xFF);
            int length = ((header[4] & 0xFF) << 8) | (header[5] & 0xFF);
            if (protocol != 0 || length < 2 || length > 254) {
                throw new ModbusProtocolException(name(), "unit " + unit + ": bad MBAP header "
                        + dev.eet.api.value.Bytes.of(header).toHex());
            }
            byte[] pdu = new byte[length - 1];
            in.readFully(pdu);
            if (rid != tid) {
                if (System.nanoTime() > deadline) {
                    throw new SocketTimeoutException("only stale responses");
                }
                continue;
            }
            if ((header[6] & 0xFF) != unit) {
                throw new ModbusProtocolException(name(), "unit " + unit + ": response came from unit "
                        + (header[6] & 0xFF));
            }
            return ModbusPdu.parseResponse(name(), unit, request, pdu);
        }
    }

    private void disconnect() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
            socket = null;
        }
    }

    @Override
    public boolean isOpen() {
        return !closed;
    }

    @Override
    public void close() {
        closed = true;
        lock.lock();
        try {
            disconnect();
        } finally {
            lock.unlock();
        }
    }
}
