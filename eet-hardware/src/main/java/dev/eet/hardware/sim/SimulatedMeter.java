package dev.eet.hardware.sim;

import dev.eet.api.model.MeterReading;
import dev.eet.api.model.ReadingQuality;
import dev.eet.api.spi.Config;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Power;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A simulated meter in virtual time: power is constant within each one-minute step (from a {@link PowerProfile}),
 * counters integrate it exactly (micro-kW times milliseconds, no rounding until the micro-kWh read-out, which
 * floors and never loses the remainder), so counters are monotonic and {@code export - import} always equals the
 * integral of power. Reading at an instant fast-forwards from the last one; time never goes back (an earlier
 * instant reads as the latest one). Voltage is 230 V (configurable) with +-2 V noise per step; current is
 * {@code |P| / V} rounded HALF_EVEN to mA. Same seed, same start, same instants: same readings.
 */
public final class SimulatedMeter {
    /** The configuration keys of {@link #create}. */
    public static final Set<String> KEYS = Set.of("kind", "peakKw", "loadScale", "capacityKwh", "maxChargeKw",
            "maxDischargeKw", "initialSoc", "chargerKw", "voltage");
    private static final long MICRO_KWH = 3_600_000L;

    private final String deviceId;
    private final MeterKind kind;
    private final PowerProfile profile;
    private final long seed;
    private final long stepMillis;
    private final double nominalVoltage;
    private long doneMillis;
    private long powerStep = Long.MIN_VALUE;
    private long power;
    private long importAcc;
    private long exportAcc;

    /**
     * @param deviceId the id readings carry
     * @param kind what the meter stands for
     * @param profile the power profile
     * @param seed noise seed (voltage)
     * @param start the virtual instant the counters start at (zero)
     * @param step the integration step (one minute in the built-in kinds)
     * @param nominalVoltage volts
     */
    public SimulatedMeter(String deviceId, MeterKind kind, PowerProfile profile, long seed, Instant start,
                          Duration step, double nominalVoltage) {
        this.deviceId = Objects.requireNonNull(deviceId, "deviceId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.seed = seed;
        this.stepMillis = step.toMillis();
        if (stepMillis <= 0 || nominalVoltage <= 0) {
            throw new IllegalArgumentException("step and voltage must be positive");
        }
        this.nominalVoltage = nominalVoltage;
        this.doneMillis = start.toEpochMilli();
    }

    /**
     * Builds a simulated meter from configuration keys {@link #KEYS}: {@code kind} (pv, household, battery, ev,
     * grid; default pv), {@code peakKw} (PV, 5), {@code loadScale} (household, 1), {@code capacityKwh} (10),
     * {@code maxChargeKw} (5), {@code maxDischargeKw} (5), {@code initialSoc} (0.5), {@code chargerKw} (11),
     * {@code voltage} (230). Unknown keys are not checked here (the caller does).
     *
     * @param deviceId the id readings carry
     * @param config the parameters and seed
     * @param start the virtual instant the counters start at
     * @return the meter
     */
    public static SimulatedMeter create(String deviceId, Config config, Instant start) {
        MeterKind kind = MeterKind.parse(config.getString("kind", "pv"), config.subject());
        long seed = config.seed();
        PowerProfile profile = switch (kind) {
            case PV -> new PvProfile(seed, positive(config, "peakKw", 5), 6, 20);
            case HOUSEHOLD -> new HouseholdProfile(seed, positive(config, "loadScale", 1));
            case BATTERY -> new BatteryProfile(seed, positive(config, "capacityKwh", 10), positive(config, "maxChargeKw", 5),
                    positive(config, "maxDischargeKw", 5), fraction(config, "initialSoc", 0.5));
            case EV -> new EvChargerProfile(seed, positive(config, "chargerKw", 11));
            case GRID -> new GridProfile(new PvProfile(seed ^ 0x5EED, positive(config, "peakKw", 5), 6, 20),
                    new HouseholdProfile(seed ^ 0xF00D, positive(config, "loadScale", 1)));
        };
        return new SimulatedMeter(deviceId, kind, profile, seed, start, Duration.ofMinutes(1),
                positive(config, "voltage", 230));
    }

    private static double positive(Config c, String key, double fallback) {
        double v = c.getDouble(key, fallback);
        if (v <= 0) {
            throw new dev.eet.api.InvalidArgumentException(c.subject(), key, "must be positive, was " + v);
        }
        return v;
    }

    private static double fraction(Config c, String key, double fallback) {
        double v = c.getDouble(key, fallback);
        if (v < 0 || v > 1) {
            throw new dev.eet.api.InvalidArgumentException(c.subject(), key, "must be between 0 and 1, was " + v);
        }
        return v;
    }

    /** @return the device id */
    public String deviceId() {
        return deviceId;
    }

    /** @return what the meter stands for */
    public MeterKind kind() {
        return kind;
    }

    /** @return the power profile (e.g. to inspect a battery's state of charge) */
    public PowerProfile profile() {
        return profile;
    }

    /**
     * @param instant the virtual time to read at (earlier than the last read: read at the last read's time)
     * @return the reading
     */
    public synchronized MeterReading readAt(Instant instant) {
        long target = Math.max(instant.toEpochMilli(), doneMillis);
        while (true) {
            long step = Math.floorDiv(doneMillis, stepMillis);
            if (step != powerStep) {
                power = profile.powerMicroKw(step * stepMillis, stepMillis);
                powerStep = step;
            }
            if (doneMillis >= target) {
                break;
            }
            long end = Math.min((step + 1) * stepMillis, target);
            long dt = end - doneMillis;
            if (power > 0) {
                exportAcc = Math.addExact(exportAcc, Math.multiplyExact(power, dt));
            } else {
                importAcc = Math.addExact(importAcc, Math.multiplyExact(-power, dt));
            }
            profile.integrated(power, dt);
            doneMillis = end;
        }
        double v = nominalVoltage + (Noise.uniform(seed, 8, powerStep) - 0.5) * 4;
        BigDecimal voltage = BigDecimal.valueOf(Math.round(v * 10), 1);
        BigDecimal current = BigDecimal.valueOf(Math.abs(power)).divide(voltage.multiply(BigDecimal.valueOf(1000)), 3,
                RoundingMode.HALF_EVEN);
        return new MeterReading(deviceId, Instant.ofEpochMilli(target), Energy.ofMicroKwh(importAcc / MICRO_KWH),
                Energy.ofMicroKwh(exportAcc / MICRO_KWH), new Power(power), voltage, current, ReadingQuality.GOOD);
    }
}
