package dev.eet.hardware.driver;

import dev.eet.api.hardware.MeterDriver;
import dev.eet.hardware.modbus.ModbusRtuMaster;
import dev.eet.hardware.modbus.ModbusRtuSlave;
import dev.eet.hardware.registers.RegisterMap;
import dev.eet.hardware.registers.RegisterMaps;
import dev.eet.hardware.sim.ManualClock;
import dev.eet.hardware.sim.MeterRegisterBank;
import dev.eet.hardware.sim.SimulatedMeter;
import dev.eet.api.spi.Config;
import dev.eet.tck.hardware.InMemorySerialPort;
import dev.eet.tck.hardware.MeterDriverConformanceKit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The reference Modbus RTU driver passes the vendor kit against a simulated SDM120 on an in-memory port. */
class ModbusRtuDriverConformanceTest extends MeterDriverConformanceKit {
    private final ManualClock clock = new ManualClock(Instant.parse("2024-06-01T05:00:00Z"));
    private final RegisterMap map = RegisterMaps.load("sdm120");
    private final SimulatedMeter meter = SimulatedMeter.create("grid-1",
            Config.builder("sim").put("kind", "grid").seed(5).build(), clock.instant());
    private final InMemorySerialPort port = new InMemorySerialPort("mem-sdm120");
    private final ModbusRtuSlave slave = new ModbusRtuSlave(port.device(), 1,
            new MeterRegisterBank(map, () -> meter.readAt(clock.instant())), 115200);
    private final List<AutoCloseable> extras = new ArrayList<>();

    private MeterDriver driverOn(InMemorySerialPort p, Duration timeout, int retries) {
        ModbusRtuMaster master = new ModbusRtuMaster(p.open(), 115200, timeout, retries, false);
        return new ModbusMeterDriver("grid-1", map, master, 1, clock, master);
    }

    @Override
    protected MeterDriver openDriver() {
        return driverOn(port, Duration.ofSeconds(1), 1);
    }

    @Override
    protected void advanceDevice(Duration duration) {
        clock.advance(duration);
    }

    @Override
    protected Optional<MeterDriver> openDriverToSilentDevice(Duration timeout) {
        return Optional.of(driverOn(new InMemorySerialPort("mem-silent"), timeout, 0));
    }

    @Override
    protected Optional<MeterDriver> openDriverToBrokenDevice() {
        InMemorySerialPort broken = new InMemorySerialPort("mem-broken");
        extras.add(broken.answerWithGarbage(new byte[] {1, 4, 4, 0x43, 0x66, 0, 0, 0x12, 0x34}));
        return Optional.of(driverOn(broken, Duration.ofMillis(300), 1));
    }

    @Override
    protected void releaseDevices() {
        slave.close();
        for (AutoCloseable c : extras) {
            try {
                c.close();
            } catch (Exception e) {
                // closing anyway
            }
        }
    }
}
