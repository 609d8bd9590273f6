package dev.eet.hardware.pipeline;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.model.MeterReading;
import dev.eet.api.model.ReadingQuality;
import dev.eet.api.value.Energy;
import dev.eet.api.value.FixedPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Turns one meter's counter readings into the energy per upload period T (hardware.md section 1).
 *
 * <p>Samples are kept sorted by timestamp, so arrival order does not matter: a duplicate (same timestamp, same
 * counters) is ignored, a conflicting sample at an existing timestamp is rejected (the first one stays), a sample
 * at or before the last closed period boundary is rejected as late (closed periods never change), a BAD-quality
 * reading is rejected (its counters were not measured). A counter that goes backwards is a reset: the device is
 * taken to have restarted from zero, so the interval contributes the new counter value and the period is flagged.
 *
 * <p>The counter at a period boundary is interpolated linearly between the samples around it, in micro-kWh,
 * rounded HALF_EVEN once. Period energy is the difference of the continuous (reset-corrected) counter at the
 * period's ends, so periods telescope: their sum is exactly the counter delta between the first sample and the
 * last closed boundary, nothing is counted twice and nothing is lost. A period is closed only once a sample at or
 * after its end has arrived; from then on, samples before the sample that closed it are rejected as late too (they
 * would change the interpolated boundary). Periods that lie in a gap longer than {@code maxGap} are ESTIMATED.
 *
 * <p>Not thread-safe: one pipeline per meter, fed by one thread.
 */
public final class ReadingPipeline {
    /** What became of an accepted or rejected reading. */
    public enum Outcome {
        /** Stored; it will count when its periods close. */
        ACCEPTED,
        /** Identical to a stored sample; ignored. */
        DUPLICATE,
        /** Same timestamp as a stored sample but different counters; rejected, the first one stays. */
        CONFLICT,
        /** At or before the last closed boundary; rejected, closed periods never change. */
        LATE,
        /** Another meter's reading; rejected. */
        WRONG_DEVICE,
        /** A BAD-quality reading (counters not measured); rejected. */
        BAD_QUALITY
    }

    private record Sample(Instant time, long rawImport, long rawExport, long import_, long export_, boolean reset,
                          boolean suspect) {
    }

    private final String deviceId;
    private final long periodNanos;
    private final Duration maxGap;
    private final TreeMap<Instant, MeterReading> pending = new TreeMap<>();
    private Sample anchor;
    private Instant closedUntil;
    private Instant lockedUntil;

    /**
     * @param deviceId the meter whose readings are accepted
     * @param period the upload period T, positive
     * @param maxGap longest interval between samples whose periods are still GOOD
     */
    public ReadingPipeline(String deviceId, Duration period, Duration maxGap) {
        this.deviceId = Objects.requireNonNull(deviceId, "deviceId");
        if (period.isNegative() || period.isZero()) {
            throw new InvalidArgumentException("reading pipeline " + deviceId, "period", "must be positive, was " + period);
        }
        this.periodNanos = period.toNanos();
        this.maxGap = Objects.requireNonNull(maxGap, "maxGap");
    }

    /**
     * Computes every closable period of a batch of readings in one go (any order, duplicates allowed).
     *
     * @param deviceId the meter
     * @param readings the readings
     * @param period T
     * @param maxGap gap limit for GOOD quality
     * @return the periods up to the last sample
     */
    public static List<PeriodEnergy> periods(String deviceId, List<MeterReading> readings, Duration period,
                                             Duration maxGap) {
        ReadingPipeline p = new ReadingPipeline(deviceId, period, maxGap);
        Instant last = null;
        for (MeterReading r : readings) {
            if (p.accept(r) == Outcome.ACCEPTED && (last == null || r.timestamp().isAfter(last))) {
                last = r.timestamp();
            }
        }
        return last == null ? List.of() : p.close(last);
    }

    /**
     * @param reading a reading of this pipeline's meter
     * @return what became of it
     */
    public Outcome accept(MeterReading reading) {
        if (!reading.deviceId().equals(deviceId)) {
            return Outcome.WRONG_DEVICE;
        }
        if (reading.quality() == ReadingQuality.BAD) {
            return Outcome.BAD_QUALITY;
        }
        Instant t = reading.timestamp();
        if (anchor != null && t.equals(anchor.time())) {
            return anchor.rawImport() == reading.importEnergy().microKwh()
                    && anchor.rawExport() == reading.exportEnergy().microKwh() ? Outcome.DUPLICATE : Outcome.CONFLICT;
        }
        if (closedUntil != null && (!t.isAfter(closedUntil) || t.isBefore(lockedUntil))) {
            return Outcome.LATE;
        }
        MeterReading existing = pending.get(t);
        if (existing != null) {
            return existing.importEnergy().equals(reading.importEnergy())
                    && existing.exportEnergy().equals(reading.exportEnergy()) ? Outcome.DUPLICATE : Outcome.CONFLICT;
        }
        pending.put(t, reading);
        return Outcome.ACCEPTED;
    }

    /** @return the boundary up to which periods have been emitted, or null before the first */
    public Instant closedUntil() {
        return closedUntil;
    }

    /**
     * Emits every period that ends at or before {@code horizon} and has a sample at or after its end.
     *
     * @param horizon the latest period end to emit
     * @return the new periods, oldest first
     */
    public List<PeriodEnergy> close(Instant horizon) {
        List<Sample> samples = new ArrayList<>();
        if (anchor != null) {
            samples.add(anchor);
        }
        Sample prev = anchor;
        for (Map.Entry<Instant, MeterReading> e : pending.entrySet()) {
            MeterReading r = e.getValue();
            long ri = r.importEnergy().microKwh();
            long re = r.exportEnergy().microKwh();
            boolean suspect = r.quality() != ReadingQuality.GOOD;
            Sample s;
            if (prev == null) {
                s = new Sample(e.getKey(), ri, re, ri, re, false, suspect);
            } else {
                boolean resetI = ri < prev.rawImport();
                boolean resetE = re < prev.rawExport();
                long di = resetI ? ri : ri - prev.rawImport();
                long de = resetE ? re : re - prev.rawExport();
                s = new Sample(e.getKey(), ri, re, Math.addExact(prev.import_(), di), Math.addExact(prev.export_(), de),
                        resetI || resetE, suspect);
            }
            samples.add(s);
            prev = s;
        }
        List<PeriodEnergy> out = new ArrayList<>();
        if (samples.size() < 2) {
            return out;
        }
        Instant from = closedUntil != null ? closedUntil : samples.get(0).time();
        Instant last = samples.get(samples.size() - 1).time();
        Instant periodStart = floor(from);
        int index = 0;
        while (true) {
            Instant periodEnd = periodStart.plusNanos(periodNanos);
            if (periodEnd.isAfter(horizon) || periodEnd.isAfter(last)) {
                break;
            }
            Instant a = from.isAfter(periodStart) ? from : periodStart;
            while (index + 1 < samples.size() && !samples.get(index + 1).time().isAfter(a)) {
                index++;
            }
            long[] startCounters = counterAt(samples, index, a);
            boolean reset = false;
            boolean suspect = false;
            boolean gap = false;
            int j = index;
            while (j + 1 < samples.size() && samples.get(j).time().isBefore(periodEnd)) {
                Sample next = samples.get(j + 1);
                reset |= next.reset();
                suspect |= next.suspect();
                gap |= Duration.between(samples.get(j).time(), next.time()).compareTo(maxGap) > 0;
                j++;
            }
            int endIndex = index;
            while (endIndex + 1 < samples.size() && !samples.get(endIndex + 1).time().isAfter(periodEnd)) {
                endIndex++;
            }
            long[] endCounters = counterAt(samples, endIndex, periodEnd);
            ReadingQuality q = gap ? ReadingQuality.ESTIMATED : reset || suspect ? ReadingQuality.SUSPECT : ReadingQuality.GOOD;
            out.add(new PeriodEnergy(deviceId, periodStart, periodEnd, Energy.ofMicroKwh(endCounters[0] - startCounters[0]),
                    Energy.ofMicroKwh(endCounters[1] - startCounters[1]), q, reset));
            from = periodEnd;
            periodStart = periodEnd;
            index = endIndex;
        }
        if (!out.isEmpty()) {
            closedUntil = from;
            anchor = samples.get(index);
            lockedUntil = anchor.time().equals(closedUntil) ? closedUntil : samples.get(index + 1).time();
            pending.headMap(closedUntil, true).clear();
        }
        return out;
    }

    /** Interpolated continuous counters at {@code t}, where samples[i].time <= t (and t <= samples[i+1].time). */
    private static long[] counterAt(List<Sample> samples, int i, Instant t) {
        Sample s = samples.get(i);
        if (t.equals(s.time()) || i + 1 >= samples.size()) {
            return new long[] {s.import_(), s.export_()};
        }
        Sample n = samples.get(i + 1);
        long span = Duration.between(s.time(), n.time()).toNanos();
        long part = Duration.between(s.time(), t).toNanos();
        return new long[] {
            s.import_() + FixedPoint.multiplyDivide(n.import_() - s.import_(), part, span, "Energy"),
            s.export_() + FixedPoint.multiplyDivide(n.export_() - s.export_(), part, span, "Energy")};
    }

    private Instant floor(Instant t) {
        long nanos = t.getEpochSecond() * 1_000_000_000L + t.getNano();
        long start = Math.floorDiv(nanos, periodNanos) * periodNanos;
        return Instant.ofEpochSecond(Math.floorDiv(start, 1_000_000_000L), Math.floorMod(start, 1_000_000_000L));
    }
}
