package dev.eet.hardware.modbus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.hardware.MeterDriver;
import dev.eet.api.hardware.MeterDriverProvider;
import dev.eet.api.hardware.MeterException;
import dev.eet.api.hardware.MeterTimeoutException;
import dev.eet.api.model.MeterReading;
import dev.eet.api.spi.Config;
import dev.eet.api.spi.ProviderRegistry;
import dev.eet.api.value.Bytes;
import dev.eet.hardware.registers.RegisterMaps;
import dev.eet.hardware.sim.ManualClock;
import dev.eet.hardware.sim.MeterRegisterBank;
import dev.eet.hardware.sim.SimulatedMeter;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Modbus TCP over real loopback sockets, from the same PDU code as RTU. */
class ModbusTcpTest {

    @Test
    void mbapHeaderCarriesTransactionProtocolLengthAndUnit() {
        byte[] adu = ModbusTcpMaster.adu(0x1234, 1, new ModbusRequest.ReadRegisters(FunctionCode.READ_INPUT_REGISTERS, 0x48, 2));
        assertEquals("123400000006010400480002", Bytes.of(adu).toHex());
    }

    @Test
    void readsASimulatedMeterThroughTheTcpDriver() throws IOException {
        ManualClock clock = new ManualClock(Instant.parse("2024-06-01T06:00:00Z"));
        SimulatedMeter meter = SimulatedMeter.create("pv-1", Config.builder("sim").put("kind", "pv").seed(3).build(),
                clock.instant());
        try (ModbusTcpSlave slave = new ModbusTcpSlave(InetAddress.getLoopbackAddress(), 0,
                new MeterRegisterBank(RegisterMaps.load("sdm630"), () -> meter.readAt(clock.instant())))) {
            clock.advance(Duration.ofHours(6));
            MeterDriver driver = ProviderRegistry.load(MeterDriverProvider.class).get("modbus-tcp").create(
                    Config.builder("meter tcp").put("port", "127.0.0.1:" + slave.port()).put("map", "sdm630")
                            .put("deviceId", "pv-1").clock(clock).build());
            try (driver) {
                MeterReading r = driver.read();
                MeterReading truth = meter.readAt(clock.instant());
                assertTrue(r.exportEnergy().isPositive(), "PV exported by noon: " + r);
                assertEquals(truth.exportEnergy().toKwh().floatValue(), r.exportEnergy().toKwh().floatValue(), 0.001f);
                assertEquals(truth.activePower().toKw().floatValue(), r.activePower().toKw().floatValue(), 0.0001f);
            }
        }
    }

    @Test
    void exceptionResponsesArriveAsNamedErrors() throws IOException {
        try (ModbusTcpSlave slave = new ModbusTcpSlave(InetAddress.getLoopbackAddress(), 0,
                new MeterRegisterBank(RegisterMaps.load("sdm120"), () -> null));
             ModbusTcpMaster master = new ModbusTcpMaster("127.0.0.1", slave.port(), Duration.ofSeconds(2), 0)) {
            assertThrows(ModbusExceptionResponse.IllegalDataAddress.class,
                    () -> master.readRegisters(1, FunctionCode.READ_INPUT_REGISTERS, 0x2000, 2));
            assertThrows(ModbusExceptionResponse.IllegalFunction.class,
                    () -> master.execute(1, new ModbusRequest.WriteRegister(0, 1)));
        }
    }

    @Test
    void silentServerTimesOutAndRefusedConnectionIsNamed() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             ModbusTcpMaster master = new ModbusTcpMaster("127.0.0.1", silent.getLocalPort(), Duration.ofMillis(200), 0)) {
            MeterTimeoutException e = assertThrows(MeterTimeoutException.class,
                    () -> master.readRegisters(1, FunctionCode.READ_INPUT_REGISTERS, 0, 2));
            assertEquals("127.0.0.1:" + silent.getLocalPort(), e.port());
        }
        int freePort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            freePort = s.getLocalPort();
        }
        try (ModbusTcpMaster master = new ModbusTcpMaster("127.0.0.1", freePort, Duration.ofMillis(200), 1)) {
            MeterException e = assertThrows(MeterException.class,
                    () -> master.readRegisters(1, FunctionCode.READ_INPUT_REGISTERS, 0, 2));
            assertTrue(e.getMessage().startsWith("127.0.0.1:" + freePort + ": unit 1: read of 2 input registers"), e.getMessage());
        }
    }

    @Test
    void writesRoundTrip() throws IOException {
        int[] regs = new int[8];
        RegisterBank bank = new RegisterBank() {
            @Override
            public int[] read(FunctionCode f, int a, int c) {
                return java.util.Arrays.copyOfRange(regs, a, a + c);
            }

            @Override
            public void write(int a, int[] v) {
                System.arraycopy(v, 0, regs, a, v.length);
            }
        };
        try (ModbusTcpSlave slave = new ModbusTcpSlave(InetAddress.getLoopbackAddress(), 0, bank);
             ModbusTcpMaster master = new ModbusTcpMaster("127.0.0.1", slave.port(), Duration.ofSeconds(2), 0)) {
            master.execute(1, new ModbusRequest.WriteRegisters(2, new int[] {7, 8}));
            assertArrayEquals(new int[] {0, 7, 8}, master.readRegisters(1, FunctionCode.READ_HOLDING_REGISTERS, 1, 3));
        }
    }
}
