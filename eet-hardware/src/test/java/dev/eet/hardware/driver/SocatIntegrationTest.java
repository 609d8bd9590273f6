package dev.eet.hardware.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.eet.api.hardware.MeterDriver;
import dev.eet.api.hardware.MeterDriverProvider;
import dev.eet.api.hardware.MeterException;
import dev.eet.api.model.MeterReading;
import dev.eet.api.spi.Config;
import dev.eet.api.spi.ProviderRegistry;
import dev.eet.hardware.modbus.ModbusRtuSlave;
import dev.eet.hardware.registers.Quantity;
import dev.eet.hardware.registers.RegisterCodec;
import dev.eet.hardware.registers.RegisterMap;
import dev.eet.hardware.registers.RegisterMaps;
import dev.eet.hardware.registers.RegisterPoint;
import dev.eet.hardware.serial.JSerialCommLink;
import dev.eet.hardware.sim.ManualClock;
import dev.eet.hardware.sim.MeterRegisterBank;
import dev.eet.hardware.sim.SimulatedMeter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The RTU master on jSerialComm against the simulated slave, across a real pty pair made by socat, for every
 * shipped register map at the map's own line settings. Skipped (with a message) only where socat is not installed.
 */
class SocatIntegrationTest {
    private static SocatPtyPair ptys;

    @BeforeAll
    static void startSocat() throws Exception {
        Optional<String> socat = SocatPtyPair.socat();
        if (socat.isPresent()) {
            ptys = SocatPtyPair.start(socat.get());
        }
    }

    /**
     * The assumption is checked per test, not in {@code @BeforeAll}: an aborted class would report "Tests run: 0"
     * instead of each map's test as skipped.
     */
    @BeforeEach
    void requireSocat() {
        assumeTrue(ptys != null, "socat is not installed (apt-get install socat): pty integration test skipped");
    }

    @AfterAll
    static void stopSocat() throws Exception {
        if (ptys != null) {
            ptys.close();
        }
    }

    static Iterable<String> maps() {
        return RegisterMaps.BUILT_IN;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("maps")
    void readsEveryShippedMapOverARealPty(String mapName) throws Exception {
        RegisterMap map = RegisterMaps.load(mapName);
        ManualClock clock = new ManualClock(Instant.parse("2024-06-01T00:00:00Z"));
        // the one-way DC meter (PZEM-017) serves a consumer; the others a grid connection (import and export)
        String kind = mapName.equals("pzem017") ? "household" : "grid";
        SimulatedMeter meter = SimulatedMeter.create("sim-" + mapName,
                Config.builder("sim").put("kind", kind).put("voltage", mapName.equals("pzem017") ? "48" : "230").seed(11).build(),
                clock.instant());
        clock.advance(Duration.ofHours(13).plusMinutes(7));
        JSerialCommLink deviceEnd = JSerialCommLink.open(ptys.second(), map.baud(), map.parity(), map.stopBits(), false);
        try (ModbusRtuSlave slave = new ModbusRtuSlave(deviceEnd, 5, new MeterRegisterBank(map,
                () -> meter.readAt(clock.instant())), map.baud());
             MeterDriver driver = ProviderRegistry.load(MeterDriverProvider.class).get("modbus-rtu").create(
                     Config.builder("meter " + mapName).put("port", ptys.first()).put("map", mapName).put("unit", 5)
                             .put("timeout", 1500).put("retries", 1).put("deviceId", "m-" + mapName).clock(clock).build())) {
            MeterReading truth = meter.readAt(clock.instant());
            MeterReading r = driver.read();
            assertEquals("m-" + mapName, r.deviceId());
            assertEquals(clock.instant(), r.timestamp());
            for (Quantity q : new Quantity[] {Quantity.IMPORT_ENERGY, Quantity.EXPORT_ENERGY, Quantity.ACTIVE_POWER,
                    Quantity.VOLTAGE, Quantity.CURRENT}) {
                Optional<RegisterPoint> p = map.point(q);
                if (p.isEmpty()) {
                    continue;
                }
                BigDecimal expected = RegisterCodec.decode(p.get(),
                        RegisterCodec.encode(p.get(), MeterRegisterBank.valueOf(map, truth, q)));
                BigDecimal actual = MeterRegisterBank.valueOf(map, r, q);
                assertEquals(0, expected.setScale(6, java.math.RoundingMode.HALF_EVEN).compareTo(actual),
                        () -> mapName + " " + q.key() + ": expected " + expected + ", read " + actual);
            }
            assertTrue(truth.importEnergy().isPositive() || truth.exportEnergy().isPositive(), "counters moved: " + truth);
        }
    }

    @Test
    void missingPortIsNamedInTheError() {
        MeterException e = assertThrows(MeterException.class, () -> ProviderRegistry.load(MeterDriverProvider.class)
                .get("modbus-rtu").create(Config.builder("meter").put("port", "/dev/ttyEET-missing").put("map", "sdm120").build()));
        assertEquals("/dev/ttyEET-missing: cannot open serial port: no such device", e.getMessage());
    }
}
