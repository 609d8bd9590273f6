package dev.eet.hardware.bench;

import dev.eet.api.model.MeterReading;
import dev.eet.api.model.ReadingQuality;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Power;
import dev.eet.hardware.modbus.Crc16;
import dev.eet.hardware.modbus.FunctionCode;
import dev.eet.hardware.modbus.ModbusRequest;
import dev.eet.hardware.modbus.ModbusRtuMaster;
import dev.eet.hardware.modbus.ModbusRtuSlave;
import dev.eet.hardware.pipeline.PeriodEnergy;
import dev.eet.hardware.pipeline.ReadingPipeline;
import dev.eet.hardware.registers.RegisterMaps;
import dev.eet.hardware.sim.ManualClock;
import dev.eet.hardware.sim.MeterRegisterBank;
import dev.eet.hardware.sim.SimulatedMeter;
import dev.eet.api.spi.Config;
import dev.eet.tck.hardware.InMemorySerialPort;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Hardware hot paths: CRC-16/MODBUS of a full 256-byte RTU frame, one RTU read transaction against the slave over
 * the in-memory port (framing, CRC, thread hand-off; no line delay), a simulated meter fast-forwarding one day, and
 * the reading pipeline turning a day of one-minute readings into 96 periods.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HardwareBenchmark {
    private final byte[] frame = new byte[256];
    private InMemorySerialPort port;
    private ModbusRtuSlave slave;
    private ModbusRtuMaster master;
    private List<MeterReading> day;

    /** Builds the port, slave, master and a day of readings. */
    @Setup(Level.Trial)
    public void setUp() {
        for (int i = 0; i < frame.length; i++) {
            frame[i] = (byte) (i * 31);
        }
        ManualClock clock = new ManualClock(Instant.parse("2024-06-01T12:00:00Z"));
        SimulatedMeter meter = SimulatedMeter.create("m", Config.builder("sim").put("kind", "grid").build(), clock.instant());
        port = new InMemorySerialPort("bench");
        slave = new ModbusRtuSlave(port.device(), 1, new MeterRegisterBank(RegisterMaps.load("sdm120"),
                () -> meter.readAt(clock.instant())), 115200);
        master = new ModbusRtuMaster(port.open(), 115200, Duration.ofSeconds(1), 0, false);
        day = new ArrayList<>();
        Instant t0 = Instant.parse("2024-06-01T00:00:00Z");
        for (int m = 0; m <= 24 * 60; m++) {
            day.add(new MeterReading("m", t0.plusSeconds(60L * m), Energy.ofMicroKwh(1_000L * m * m),
                    Energy.ofMicroKwh(7_000L * m), Power.ZERO, new BigDecimal("230"), BigDecimal.ZERO, ReadingQuality.GOOD));
        }
    }

    /** Stops the slave. */
    @TearDown(Level.Trial)
    public void tearDown() {
        master.close();
        slave.close();
    }

    /** @return CRC of a 256-byte frame */
    @Benchmark
    public int crc256Bytes() {
        return Crc16.compute(frame);
    }

    /** @return one FC04 read of two registers through master, in-memory port and slave */
    @Benchmark
    public int[] rtuReadTransactionInMemory() {
        return master.readRegisters(1, FunctionCode.READ_INPUT_REGISTERS, 0x48, 2);
    }

    /** @return a simulated grid meter fast-forwarded one day (1440 steps) */
    @Benchmark
    public MeterReading simulateOneDay() {
        SimulatedMeter m = SimulatedMeter.create("m", Config.builder("sim").put("kind", "grid").build(),
                Instant.parse("2024-06-01T00:00:00Z"));
        return m.readAt(Instant.parse("2024-06-02T00:00:00Z"));
    }

    /** @return 96 fifteen-minute periods from 1441 one-minute readings */
    @Benchmark
    public List<PeriodEnergy> pipelineOneDay() {
        return ReadingPipeline.periods("m", day, Duration.ofMinutes(15), Duration.ofHours(1));
    }
}
