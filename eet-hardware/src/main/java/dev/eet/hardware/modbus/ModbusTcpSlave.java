package dev.eet.hardware.modbus;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Modbus TCP server on a real socket, serving one unit's {@link RegisterBank} (any unit id in the MBAP header is
 * answered, as gateways to a single device do). One thread per connection.
 */
public final class ModbusTcpSlave implements AutoCloseable {
    private final ServerSocket server;
    private final ModbusRequestHandler handler;
    private final Set<Socket> clients = ConcurrentHashMap.newKeySet();
    private volatile boolean running = true;

    /**
     * Binds and starts accepting at once.
     *
     * @param bindAddress the address to listen on (e.g. loopback)
     * @param port the port, 0 for any free port
     * @param bank the registers
     * @throws IOException if the port cannot be bound
     */
    public ModbusTcpSlave(InetAddress bindAddress, int port, RegisterBank bank) throws IOException {
        this.handler = new ModbusRequestHandler(bank);
        this.server = new ServerSocket(port, 16, bindAddress);
        Thread acceptor = new Thread(this::accept, "modbus-tcp-slave " + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** @return the bound port */
    public int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (running) {
            try {
                Socket s = server.accept();
                clients.add(s);
                Thread t = new Thread(() -> serve(s), "modbus-tcp-client " + s.getRemoteSocketAddress());
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                if (!running) {
                    return;
                }
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            DataInputStream in = new DataInputStream(s.getInputStream());
            OutputStream out = s.getOutputStream();
            while (running) {
                byte[] header = new byte[7];
                in.readFully(header);
                int length = ((header[4] & 0xFF) << 8) | (header[5] & 0xFF);
                if (header[2] != 0 || header[3] != 0 || length < 2 || length > 254) {
                    return;
                }
                byte[] pdu = new byte[length - 1];
                in.readFully(pdu);
                byte[] response = handler.handle(pdu);
                byte[] adu = new byte[7 + response.length];
                System.arraycopy(header, 0, adu, 0, 7);
                adu[4] = (byte) ((response.length + 1) >>> 8);
                adu[5] = (byte) (response.length + 1);
                System.arraycopy(response, 0, adu, 7, response.length);
                out.write(adu);
                out.flush();
            }
        } catch (IOException e) {
            // client went away
        } finally {
            clients.remove(s);
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        for (Socket s : clients) {
            try {
                s.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
