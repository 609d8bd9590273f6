package dev.eet.hardware.driver;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.hardware.MeterConfig;
import dev.eet.api.spi.Config;
import dev.eet.hardware.registers.RegisterMap;
import dev.eet.hardware.registers.RegisterMaps;
import java.util.Set;

/**
 * Reads a driver's {@link MeterConfig} and register map: line settings not given fall back to the map's factory
 * defaults (an SDM120 talks 2400 baud, a PZEM-017 8N2).
 *
 * @param config the typed configuration with map defaults applied
 * @param map the register map
 */
public record DriverSettings(MeterConfig config, RegisterMap map) {

    /**
     * @param raw the raw configuration
     * @param requirePort whether {@code port} must be given
     * @return the settings
     * @throws InvalidArgumentException naming the subject and key
     */
    public static DriverSettings from(Config raw, boolean requirePort) {
        MeterConfig c = MeterConfig.from(raw, Set.of());
        if (requirePort && c.port().isBlank()) {
            throw new InvalidArgumentException(raw.subject(), "port", "is required");
        }
        if (c.registerMap().isBlank()) {
            throw new InvalidArgumentException(raw.subject(), "map", "is required (built-in: "
                    + String.join(", ", RegisterMaps.BUILT_IN) + ", or a file)");
        }
        RegisterMap map = RegisterMaps.load(c.registerMap());
        MeterConfig resolved = new MeterConfig(c.port(), raw.has("baud") ? c.baud() : map.baud(),
                raw.has("parity") ? c.parity() : map.parity(), raw.has("stopBits") ? c.stopBits() : map.stopBits(),
                c.unitId(), c.registerMap(), c.pollPeriod(), c.responseTimeout(), c.retries(), c.rs485(), c.echo(),
                c.deviceId());
        return new DriverSettings(resolved, map);
    }
}
