package dev.eet.hardware.pipeline;

import dev.eet.api.model.ReadingQuality;
import dev.eet.api.value.Energy;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;

/**
 * The energy one meter imported and exported in one upload period: what settlement consumes.
 *
 * @param deviceId the meter
 * @param start the period start (aligned to the period length since the epoch)
 * @param end the period end (exclusive)
 * @param imported energy imported in the period, kWh, not negative
 * @param exported energy exported in the period, kWh, not negative
 * @param quality GOOD; SUSPECT if a counter reset or a doubtful sample fell in the period; ESTIMATED if the period
 *        lies in a gap longer than the pipeline's limit, so its energy is interpolated
 * @param resetDetected whether a counter went backwards in the period (it was treated as restarting from zero)
 */
public record PeriodEnergy(String deviceId, Instant start, Instant end, Energy imported, Energy exported,
                           ReadingQuality quality, boolean resetDetected) {

    /** Checks the fields. */
    public PeriodEnergy {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(imported, "imported");
        Objects.requireNonNull(exported, "exported");
        Objects.requireNonNull(quality, "quality");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("period of " + deviceId + ": end " + end + " must be after start " + start);
        }
        if (imported.isNegative() || exported.isNegative()) {
            throw new IllegalArgumentException("period of " + deviceId + ": energies must not be negative");
        }
    }

    /** @return exported minus imported: positive when the meter's branch supplied energy */
    public Energy net() {
        return exported.minus(imported);
    }

    /**
     * The bytes that are signed: a domain tag, then every field in a fixed binary layout (UTF-8 strings with a
     * length prefix, instants as epoch seconds + nanos, energies as micro-kWh).
     *
     * @return the canonical encoding
     */
    public byte[] canonicalBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF("eet-period-energy-v1");
            out.writeUTF(deviceId);
            out.writeLong(start.getEpochSecond());
            out.writeInt(start.getNano());
            out.writeLong(end.getEpochSecond());
            out.writeInt(end.getNano());
            out.writeLong(imported.microKwh());
            out.writeLong(exported.microKwh());
            out.writeUTF(quality.name());
            out.writeBoolean(resetDetected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

}
