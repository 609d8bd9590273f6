package dev.eet.hardware.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.hardware.MeterConfig;
import dev.eet.api.hardware.Parity;
import dev.eet.api.spi.Config;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Typed configuration: defaults from the map, overrides, and errors naming subject and key. */
class DriverSettingsTest {

    @Test
    void lineSettingsDefaultToTheMapsFactorySettings() {
        DriverSettings s = DriverSettings.from(Config.builder("meter a").put("port", "/dev/ttyUSB0").put("map", "pzem017")
                .put("unit", 4).build(), true);
        MeterConfig c = s.config();
        assertEquals(9600, c.baud());
        assertEquals(2, c.stopBits());
        assertEquals(Parity.NONE, c.parity());
        assertEquals(4, c.unitId());
        assertEquals("/dev/ttyUSB0#4", c.deviceId());
        assertEquals(Duration.ofSeconds(1), c.responseTimeout());
        assertEquals(2, c.retries());
        DriverSettings o = DriverSettings.from(Config.builder("meter b").put("port", "p").put("map", "sdm120")
                .put("baud", 9600).put("parity", "even").put("timeout", "PT0.25S").put("retries", 0).build(), true);
        assertEquals(9600, o.config().baud());
        assertEquals(Parity.EVEN, o.config().parity());
        assertEquals(Duration.ofMillis(250), o.config().responseTimeout());
        assertEquals(2400, DriverSettings.from(Config.builder("meter c").put("port", "p").put("map", "sdm120").build(), true)
                .config().baud(), "SDM120 factory speed");
    }

    @Test
    void errorsNameSubjectAndKey() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> DriverSettings.from(
                Config.builder("meter kitchen").put("map", "sdm120").build(), true));
        assertEquals("meter kitchen: port: is required", e.getMessage());
        e = assertThrows(InvalidArgumentException.class, () -> DriverSettings.from(
                Config.builder("meter kitchen").put("port", "p").put("map", "sdm120").put("baudrate", 9600).build(), true));
        assertEquals("baudrate", e.field());
        e = assertThrows(InvalidArgumentException.class, () -> DriverSettings.from(
                Config.builder("meter kitchen").put("port", "p").put("map", "sdm120").put("unit", 300).build(), true));
        assertEquals("unit", e.field());
        e = assertThrows(InvalidArgumentException.class, () -> DriverSettings.from(
                Config.builder("meter kitchen").put("port", "p").put("map", "sdm120").put("stopBits", 3).build(), true));
        assertEquals("stopBits", e.field());
        e = assertThrows(InvalidArgumentException.class, () -> DriverSettings.from(
                Config.builder("meter kitchen").put("port", "p").put("map", "sdm120").put("parity", "mark").build(), true));
        assertEquals("meter kitchen: parity: must be none, even or odd, was 'mark'", e.getMessage());
    }
}
