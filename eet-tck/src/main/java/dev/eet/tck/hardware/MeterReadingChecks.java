package dev.eet.tck.hardware;

import dev.eet.api.model.MeterReading;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks the meter conformance kit applies to readings, usable on their own (e.g. on recorded readings). Each
 * method returns the violations found, empty when the readings conform.
 */
public final class MeterReadingChecks {
    private static final BigDecimal MAX_VOLTAGE = new BigDecimal("1000");
    private static final BigDecimal MAX_CURRENT = new BigDecimal("10000");
    private static final BigDecimal POWER_SLACK_KW = new BigDecimal("0.02");

    private MeterReadingChecks() {
    }

    /**
     * Units: voltage in volts (0 to 1000), current in amperes (0 to 10,000), power in kW consistent with them:
     * {@code |P| <= V * I / 1000 * ratio + 0.02 kW}. A driver that reports watts as kW, or millivolts as volts,
     * fails here.
     *
     * @param r the reading
     * @param expectedDeviceId the driver's device id
     * @param ratio the largest |P| / (V * I) expected: 1 for a single-phase or DC meter (plus margin), 3 for a
     *        three-phase meter reporting one phase's voltage and current with the total power
     * @return the violations
     */
    public static List<String> unitViolations(MeterReading r, String expectedDeviceId, BigDecimal ratio) {
        List<String> v = new ArrayList<>();
        if (!r.deviceId().equals(expectedDeviceId)) {
            v.add("deviceId " + r.deviceId() + " differs from the driver's " + expectedDeviceId);
        }
        if (r.voltage().signum() < 0 || r.voltage().compareTo(MAX_VOLTAGE) > 0) {
            v.add("voltage " + r.voltage() + " V is outside 0..1000 V (wrong unit or scale?)");
        }
        if (r.current().signum() < 0 || r.current().compareTo(MAX_CURRENT) > 0) {
            v.add("current " + r.current() + " A is outside 0..10000 A (wrong unit or scale?)");
        }
        BigDecimal limit = r.voltage().abs().multiply(r.current().abs()).multiply(ratio).movePointLeft(3)
                .add(POWER_SLACK_KW);
        if (r.activePower().toKw().abs().compareTo(limit) > 0) {
            v.add("|power| " + r.activePower().toKw() + " kW exceeds V*I = " + r.voltage() + " V * " + r.current()
                    + " A (power must be in kW)");
        }
        return v;
    }

    /**
     * Monotonic counters and time between two consecutive readings of one meter (no reset in between).
     *
     * @param previous the earlier reading
     * @param next the later reading
     * @return the violations
     */
    public static List<String> monotonicViolations(MeterReading previous, MeterReading next) {
        List<String> v = new ArrayList<>();
        if (next.timestamp().isBefore(previous.timestamp())) {
            v.add("timestamp went back from " + previous.timestamp() + " to " + next.timestamp());
        }
        if (next.importEnergy().compareTo(previous.importEnergy()) < 0) {
            v.add("import counter went back from " + previous.importEnergy() + " to " + next.importEnergy());
        }
        if (next.exportEnergy().compareTo(previous.exportEnergy()) < 0) {
            v.add("export counter went back from " + previous.exportEnergy() + " to " + next.exportEnergy());
        }
        return v;
    }
}
