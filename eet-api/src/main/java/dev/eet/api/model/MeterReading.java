package dev.eet.api.model;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Power;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One reading of a meter. Counters are cumulative and monotonic except across a device reset. Power is signed by
 * EET's convention: positive = supply (export), negative = consumption (import).
 *
 * @param deviceId the meter's id
 * @param timestamp when the reading was taken
 * @param importEnergy cumulative imported (consumed) energy counter, kWh, non-negative
 * @param exportEnergy cumulative exported (supplied) energy counter, kWh, non-negative
 * @param activePower instantaneous active power, kW, signed
 * @param voltage RMS voltage in volts (exact decimal as reported by the device)
 * @param current RMS current in amperes (exact decimal as reported by the device)
 * @param quality how far the reading can be trusted
 */
public record MeterReading(String deviceId, Instant timestamp, Energy importEnergy, Energy exportEnergy,
                           Power activePower, BigDecimal voltage, BigDecimal current, ReadingQuality quality) {

    /** @throws InvalidArgumentException if a field is missing or a counter is negative */
    public MeterReading {
        if (deviceId == null || deviceId.isBlank()) {
            throw new InvalidArgumentException("meter reading", "deviceId", "must not be blank");
        }
        String subject = "meter reading of " + deviceId;
        Objects.requireNonNull(timestamp, () -> subject + ": timestamp");
        Objects.requireNonNull(importEnergy, () -> subject + ": importEnergy");
        Objects.requireNonNull(exportEnergy, () -> subject + ": exportEnergy");
        Objects.requireNonNull(activePower, () -> subject + ": activePower");
        Objects.requireNonNull(voltage, () -> subject + ": voltage");
        Objects.requireNonNull(current, () -> subject + ": current");
        Objects.requireNonNull(quality, () -> subject + ": quality");
        if (importEnergy.isNegative()) {
            throw new InvalidArgumentException(subject, "importEnergy", "counter must not be negative");
        }
        if (exportEnergy.isNegative()) {
            throw new InvalidArgumentException(subject, "exportEnergy", "counter must not be negative");
        }
    }

    /** @return export minus import counter: the net energy supplied since the counters started */
    public Energy netExport() {
        return exportEnergy.minus(importEnergy);
    }
}
