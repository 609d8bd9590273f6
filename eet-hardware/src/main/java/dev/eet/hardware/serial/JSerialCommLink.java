package dev.eet.hardware.serial;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import dev.eet.api.hardware.MeterConfig;
import dev.eet.api.hardware.MeterException;
import dev.eet.api.hardware.Parity;
import dev.eet.api.hardware.SerialLink;
import java.time.Duration;
import java.util.Objects;

/**
 * A {@link SerialLink} on a real serial port (or pseudo-terminal) through jSerialComm: 8 data bits, the
 * configured parity and stop bits, no flow control, semi-blocking reads with the caller's timeout. With
 * {@code rs485} the port is put into kernel RS485 mode (RTS high while sending, no local echo). Opening fails with
 * a {@link MeterException} that names the port and the reason (missing device, permission, busy).
 */
public final class JSerialCommLink implements SerialLink {
    private final SerialPort port;
    private final String name;
    private int currentTimeoutMs = -1;
    private volatile boolean open;

    private JSerialCommLink(SerialPort port, String name) {
        this.port = port;
        this.name = name;
        this.open = true;
    }

    /**
     * @param config port, baud, parity, stop bits and rs485 mode
     * @return the open link
     * @throws MeterException naming the port if it cannot be opened
     */
    public static JSerialCommLink open(MeterConfig config) {
        return open(config.port(), config.baud(), config.parity(), config.stopBits(), config.rs485());
    }

    /**
     * @param portName e.g. {@code /dev/ttyUSB0}, {@code COM3} or a pty such as {@code /dev/pts/4}
     * @param baud bits per second
     * @param parity parity
     * @param stopBits 1 or 2
     * @param rs485 whether to enable kernel RS485 mode (RTS drives the transceiver)
     * @return the open link
     * @throws MeterException naming the port if it cannot be opened
     */
    public static JSerialCommLink open(String portName, int baud, Parity parity, int stopBits, boolean rs485) {
        Objects.requireNonNull(portName, "portName");
        if (portName.isBlank()) {
            throw new MeterException("(no port)", "no serial port given");
        }
        java.nio.file.Path path = java.nio.file.Path.of(portName);
        if (portName.startsWith("/") && !java.nio.file.Files.exists(path)) {
            throw new MeterException(portName, "cannot open serial port: no such device");
        }
        if (portName.startsWith("/") && !java.nio.file.Files.isWritable(path)) {
            throw new MeterException(portName, "cannot open serial port: permission denied (is the user in the dialout group?)");
        }
        SerialPort port;
        try {
            port = SerialPort.getCommPort(portName);
        } catch (SerialPortInvalidPortException e) {
            throw new MeterException(portName, "cannot open serial port: " + e.getMessage(), e);
        }
        int parityBits = switch (parity) {
            case NONE -> SerialPort.NO_PARITY;
            case EVEN -> SerialPort.EVEN_PARITY;
            case ODD -> SerialPort.ODD_PARITY;
        };
        int stops = stopBits == 2 ? SerialPort.TWO_STOP_BITS : SerialPort.ONE_STOP_BIT;
        port.setComPortParameters(baud, 8, stops, parityBits);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        if (rs485) {
            port.setRs485ModeParameters(true, true, false, false, 0, 0);
        }
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING, 100, 0);
        if (!port.openPort()) {
            throw new MeterException(portName, "cannot open serial port (busy, missing or not a tty; native error "
                    + port.getLastErrorCode() + " at " + port.getLastErrorLocation() + ")");
        }
        JSerialCommLink link = new JSerialCommLink(port, portName);
        link.currentTimeoutMs = 100;
        return link;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void write(byte[] data) {
        requireOpen();
        int done = 0;
        while (done < data.length) {
            int n = port.writeBytes(data, data.length - done, done);
            if (n <= 0) {
                throw new MeterException(name, "write failed (native error " + port.getLastErrorCode() + ")");
            }
            done += n;
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) {
        requireOpen();
        int ms = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (timeout.toNanos() + 999_999) / 1_000_000));
        if (ms != currentTimeoutMs) {
            port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING, ms, 0);
            currentTimeoutMs = ms;
        }
        int n = port.readBytes(buffer, length, offset);
        if (n < 0) {
            if (!open) {
                throw new MeterException(name, "port is closed");
            }
            throw new MeterException(name, "read failed (device gone? native error " + port.getLastErrorCode() + ")");
        }
        return n;
    }

    @Override
    public void discardInput() {
        if (open) {
            int available = port.bytesAvailable();
            if (available > 0) {
                port.readBytes(new byte[available], available);
            }
        }
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        if (open) {
            open = false;
            port.closePort();
        }
    }

    private void requireOpen() {
        if (!open) {
            throw new MeterException(name, "port is closed");
        }
    }
}
