package dev.eet.hardware.registers;

import dev.eet.api.InvalidArgumentException;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The quantities a register map can point at, with the canonical unit a reading carries and the device units
 * accepted for each (converted exactly: Wh to kWh and W to kW divide by 1000).
 */
public enum Quantity {
    /** Imported (consumed) active energy counter, kWh. */
    IMPORT_ENERGY("importEnergy", "kWh", Map.of("kWh", BigDecimal.ONE, "Wh", new BigDecimal("0.001"))),
    /** Exported (supplied) active energy counter, kWh. */
    EXPORT_ENERGY("exportEnergy", "kWh", Map.of("kWh", BigDecimal.ONE, "Wh", new BigDecimal("0.001"))),
    /** Active power, kW, positive = supply (export), negative = consumption; use a negative scale to flip. */
    ACTIVE_POWER("activePower", "kW", Map.of("kW", BigDecimal.ONE, "W", new BigDecimal("0.001"))),
    /** RMS voltage, V. */
    VOLTAGE("voltage", "V", Map.of("V", BigDecimal.ONE)),
    /** RMS current, A. */
    CURRENT("current", "A", Map.of("A", BigDecimal.ONE, "mA", new BigDecimal("0.001"))),
    /** Line frequency, Hz (informational). */
    FREQUENCY("frequency", "Hz", Map.of("Hz", BigDecimal.ONE)),
    /** Relay state of a switch: raw value compared with the map's {@code on}/{@code off} values. */
    RELAY("relay", "", Map.of("", BigDecimal.ONE));

    private final String key;
    private final String canonicalUnit;
    private final Map<String, BigDecimal> units;

    Quantity(String key, String canonicalUnit, Map<String, BigDecimal> units) {
        this.key = key;
        this.canonicalUnit = canonicalUnit;
        this.units = units;
    }

    /** @return the name used in register map files, e.g. {@code importEnergy} */
    public String key() {
        return key;
    }

    /** @return the unit readings carry */
    public String canonicalUnit() {
        return canonicalUnit;
    }

    /**
     * @param unit a device unit
     * @param subject for the error message
     * @return the factor that converts the unit to the canonical unit
     */
    public BigDecimal factor(String unit, String subject) {
        BigDecimal f = units.get(unit);
        if (f == null) {
            throw new InvalidArgumentException(subject, "unit", "must be one of " + new java.util.TreeSet<>(units.keySet())
                    + " for " + key + ", was '" + unit + "'");
        }
        return f;
    }

    /**
     * @param key a name as used in register map files
     * @return the quantity, or null
     */
    public static Quantity find(String key) {
        for (Quantity q : values()) {
            if (q.key.equals(key)) {
                return q;
            }
        }
        return null;
    }
}
