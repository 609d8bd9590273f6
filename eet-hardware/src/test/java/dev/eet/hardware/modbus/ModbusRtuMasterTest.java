package dev.eet.hardware.modbus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.hardware.MeterException;
import dev.eet.api.hardware.MeterTimeoutException;
import dev.eet.api.hardware.SerialLink;
import dev.eet.tck.hardware.InMemorySerialPort;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The RTU master against the RTU slave over an in-memory port: retries, resync, timeouts, echo, serialisation. */
class ModbusRtuMasterTest {
    private final InMemorySerialPort port = new InMemorySerialPort("mem-rtu");
    private final int[] registers = new int[64];
    private final RegisterBank bank = new RegisterBank() {
        @Override
        public synchronized int[] read(FunctionCode function, int address, int count) {
            if (address + count > registers.length) {
                throw new RequestRefusedException(ModbusExceptionCode.ILLEGAL_DATA_ADDRESS, "beyond 64");
            }
            return java.util.Arrays.copyOfRange(registers, address, address + count);
        }

        @Override
        public synchronized void write(int address, int[] values) {
            System.arraycopy(values, 0, registers, address, values.length);
        }
    };
    private ModbusRtuSlave slave;
    private ModbusRtuMaster master;

    @AfterEach
    void close() {
        if (master != null) {
            master.close();
        }
        if (slave != null) {
            slave.close();
        }
    }

    private void start(int retries, Duration timeout) {
        slave = new ModbusRtuSlave(port.device(), 7, bank, 115200);
        master = new ModbusRtuMaster(port.open(), 115200, timeout, retries, false);
    }

    @Test
    void readsAndWritesRegisters() {
        start(0, Duration.ofMillis(500));
        master.execute(7, new ModbusRequest.WriteRegisters(10, new int[] {0xBEEF, 0x0102, 0xFFFF}));
        master.execute(7, new ModbusRequest.WriteRegister(20, 0x1234));
        assertArrayEquals(new int[] {0xBEEF, 0x0102, 0xFFFF}, master.readRegisters(7, FunctionCode.READ_HOLDING_REGISTERS, 10, 3));
        assertArrayEquals(new int[] {0x1234}, master.readRegisters(7, FunctionCode.READ_INPUT_REGISTERS, 20, 1));
    }

    @Test
    void maximumReadIs125Registers() {
        assertThrows(dev.eet.api.InvalidArgumentException.class,
                () -> new ModbusRequest.ReadRegisters(FunctionCode.READ_HOLDING_REGISTERS, 0, 126));
        assertThrows(dev.eet.api.InvalidArgumentException.class,
                () -> new ModbusRequest.ReadRegisters(FunctionCode.READ_HOLDING_REGISTERS, 0xFFFF, 2));
    }

    @Test
    void lostResponseIsRetried() {
        start(2, Duration.ofMillis(150));
        registers[1] = 42;
        slave.ignoreNext(2);
        assertArrayEquals(new int[] {42}, master.readRegisters(7, FunctionCode.READ_HOLDING_REGISTERS, 1, 1));
        assertEquals(2, master.failedAttempts());
    }

    @Test
    void corruptedResponseIsRetriedAfterResync() {
        start(1, Duration.ofMillis(300));
        registers[2] = 99;
        slave.corruptNext(1);
        assertArrayEquals(new int[] {99}, master.readRegisters(7, FunctionCode.READ_HOLDING_REGISTERS, 2, 1));
        assertEquals(1, master.failedAttempts());
    }

    @Test
    void persistentCorruptionIsReportedAsProtocolErrorNamingThePort() {
        start(1, Duration.ofMillis(300));
        slave.corruptNext(5);
        ModbusProtocolException e = assertThrows(ModbusProtocolException.class,
                () -> master.readRegisters(7, FunctionCode.READ_HOLDING_REGISTERS, 2, 1));
        assertTrue(e.getMessage().startsWith("mem-rtu: unit 7: CRC error"), e.getMessage());
        assertTrue(e.getMessage().endsWith("(after 2 attempts)"), e.getMessage());
    }

    @Test
    void wrongUnitTimesOutAfterEveryRetry() {
        start(2, Duration.ofMillis(100));
        long start = System.nanoTime();
        MeterTimeoutException e = assertThrows(MeterTimeoutException.class,
                () -> master.readRegisters(8, FunctionCode.READ_HOLDING_REGISTERS, 0, 1));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms >= 300, "three attempts of 100 ms took only " + ms + " ms");
        assertTrue(e.getMessage().contains("unit 8: no complete response to read of 1 holding register at 0x0000 within 100 ms"),
                e.getMessage());
        assertEquals("mem-rtu", e.port());
    }

    @Test
    void exceptionResponseIsNotRetried() {
        start(3, Duration.ofMillis(300));
        assertThrows(ModbusExceptionResponse.IllegalDataAddress.class,
                () -> master.readRegisters(7, FunctionCode.READ_HOLDING_REGISTERS, 60, 10));
        assertEquals(0, master.failedAttempts());
        assertEquals(1, slave.served());
    }

    @Test
    void closedPortIsReported() {
        start(0, Duration.ofMillis(100));
        master.close();
        MeterException e = assertThrows(MeterException.class,
                () -> master.readRegisters(7, FunctionCode.READ_HOLDING_REGISTERS, 0, 1));
        assertEquals("mem-rtu: port is closed", e.getMessage());
    }

    @Test
    void concurrentCallersAreSerialisedOnTheBus() throws Exception {
        start(0, Duration.ofMillis(1000));
        for (int i = 0; i < 64; i++) {
            registers[i] = i * 3;
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                int offset = t;
                fs.add(pool.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        int a = (offset * 7 + i) % 60;
                        assertArrayEquals(new int[] {a * 3, a * 3 + 3}, master.readRegisters(7,
                                FunctionCode.READ_HOLDING_REGISTERS, a, 2));
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, master.failedAttempts());
        assertEquals(0, slave.garbled(), "interleaved frames would reach the slave garbled");
    }

    @Test
    void echoOfTheRequestIsSkippedOnHalfDuplexAdapters() {
        slave = new ModbusRtuSlave(port.device(), 7, bank, 115200);
        registers[3] = 0x0A0B;
        SerialLink echoing = new EchoingLink(port.open());
        master = new ModbusRtuMaster(echoing, 115200, Duration.ofMillis(300), 0, true);
        assertArrayEquals(new int[] {0x0A0B}, master.readRegisters(7, FunctionCode.READ_HOLDING_REGISTERS, 3, 1));
    }

    @Test
    void t35IsThreeAndAHalfCharactersUpTo19200BaudThen1750Microseconds() {
        assertEquals(38_500_000_000L / 9600, RtuTiming.interFrameNanos(9600));
        assertEquals(4_010_416L, RtuTiming.interFrameNanos(9600));
        assertEquals(2_005_208L, RtuTiming.interFrameNanos(19200));
        assertEquals(1_750_000L, RtuTiming.interFrameNanos(38400));
        assertEquals(1_750_000L, RtuTiming.interFrameNanos(115200));
    }

    /** An adapter that loops transmitted bytes back into the receiver before the device's answer. */
    private static final class EchoingLink implements SerialLink {
        private final SerialLink inner;
        private final ArrayDeque<Byte> echo = new ArrayDeque<>();

        EchoingLink(SerialLink inner) {
            this.inner = inner;
        }

        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public synchronized void write(byte[] data) {
            for (byte b : data) {
                echo.add(b);
            }
            inner.write(data);
        }

        @Override
        public int read(byte[] buffer, int offset, int length, Duration timeout) {
            synchronized (this) {
                if (!echo.isEmpty()) {
                    int n = 0;
                    while (n < length && !echo.isEmpty()) {
                        buffer[offset + n++] = echo.poll();
                    }
                    return n;
                }
            }
            return inner.read(buffer, offset, length, timeout);
        }

        @Override
        public synchronized void discardInput() {
            inner.discardInput();
        }

        @Override
        public boolean isOpen() {
            return inner.isOpen();
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
