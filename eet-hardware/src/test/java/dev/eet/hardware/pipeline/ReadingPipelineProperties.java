package dev.eet.hardware.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.model.MeterReading;
import dev.eet.api.model.ReadingQuality;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Power;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Invariants of the reading pipeline: telescoping sums, no double counting, resets detected. */
class ReadingPipelineProperties {
    static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");
    static final Duration T = Duration.ofMinutes(15);

    static MeterReading reading(Instant t, long importMicro, long exportMicro) {
        return new MeterReading("m1", t, Energy.ofMicroKwh(importMicro), Energy.ofMicroKwh(exportMicro), Power.ZERO,
                new BigDecimal("230"), BigDecimal.ZERO, ReadingQuality.GOOD);
    }

    /** A series starting at an aligned T0 and ending on a period boundary; counters rise (or reset at resetAt). */
    static List<MeterReading> series(List<Integer> gapsSeconds, long seed, int resetAt) {
        Random rnd = new Random(seed);
        List<MeterReading> out = new ArrayList<>();
        Instant t = T0;
        long imp = rnd.nextInt(1_000_000_000);
        long exp = rnd.nextInt(1_000_000_000);
        out.add(reading(t, imp, exp));
        for (int i = 0; i < gapsSeconds.size(); i++) {
            t = t.plusSeconds(gapsSeconds.get(i));
            if (i == resetAt) {
                imp = rnd.nextInt(50_000);
                exp = rnd.nextInt(50_000);
            } else {
                imp += rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(2_000_000);
                exp += rnd.nextInt(2) == 0 ? 0 : rnd.nextInt(3_000_000);
            }
            out.add(reading(t, imp, exp));
        }
        long secs = Duration.between(T0, t).getSeconds();
        long end = (secs / T.getSeconds() + 1) * T.getSeconds();
        out.add(reading(T0.plusSeconds(end), imp + rnd.nextInt(1_000_000), exp + rnd.nextInt(1_000_000)));
        return out;
    }

    /** Counter delta the pipeline must account for: a drop is a reset, after which the new value counts. */
    static long[] expectedTotals(List<MeterReading> inOrder) {
        long imp = 0;
        long exp = 0;
        for (int i = 1; i < inOrder.size(); i++) {
            long di = inOrder.get(i).importEnergy().microKwh() - inOrder.get(i - 1).importEnergy().microKwh();
            long de = inOrder.get(i).exportEnergy().microKwh() - inOrder.get(i - 1).exportEnergy().microKwh();
            imp += di >= 0 ? di : inOrder.get(i).importEnergy().microKwh();
            exp += de >= 0 ? de : inOrder.get(i).exportEnergy().microKwh();
        }
        return new long[] {imp, exp};
    }

    static long[] sums(List<PeriodEnergy> periods) {
        long imp = 0;
        long exp = 0;
        for (PeriodEnergy p : periods) {
            imp += p.imported().microKwh();
            exp += p.exported().microKwh();
        }
        return new long[] {imp, exp};
    }

    static List<PeriodEnergy> batch(List<MeterReading> readings) {
        return ReadingPipeline.periods("m1", readings, T, Duration.ofHours(1));
    }

    @Property(tries = 300)
    void energyPerPeriodSumsToTheCounterDelta(@ForAll @Size(min = 1, max = 60) List<@IntRange(min = 1, max = 2400) Integer> gaps,
                                              @ForAll long seed) {
        List<MeterReading> rs = series(gaps, seed, -1);
        List<PeriodEnergy> periods = batch(rs);
        long[] s = sums(periods);
        assertEquals(expectedTotals(rs)[0], s[0], "imported");
        assertEquals(expectedTotals(rs)[1], s[1], "exported");
        MeterReading last = rs.get(rs.size() - 1);
        assertEquals(Duration.between(T0, last.timestamp()).dividedBy(T), periods.size(), "periods cover T0..last");
        for (int i = 0; i < periods.size(); i++) {
            assertEquals(T0.plus(T.multipliedBy(i)), periods.get(i).start());
            assertTrue(!periods.get(i).imported().isNegative() && !periods.get(i).exported().isNegative());
        }
    }

    @Property(tries = 300)
    void duplicatesAndReorderingNeverDoubleCount(@ForAll @Size(min = 1, max = 40) List<@IntRange(min = 1, max = 2400) Integer> gaps,
                                                 @ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int duplicates) {
        List<MeterReading> rs = series(gaps, seed, -1);
        List<MeterReading> messy = new ArrayList<>(rs);
        Random rnd = new Random(seed ^ 0x5EED);
        for (int i = 0; i < duplicates; i++) {
            messy.add(rs.get(rnd.nextInt(rs.size())));
        }
        Collections.shuffle(messy, rnd);
        assertEquals(batch(rs), batch(messy));
    }

    @Property(tries = 200)
    void streamingWithLateAndDuplicateSamplesEqualsBatch(@ForAll @Size(min = 1, max = 40) List<@IntRange(min = 1, max = 2400) Integer> gaps,
                                                         @ForAll long seed) {
        List<MeterReading> rs = series(gaps, seed, -1);
        ReadingPipeline p = new ReadingPipeline("m1", T, Duration.ofHours(1));
        List<PeriodEnergy> streamed = new ArrayList<>();
        Random rnd = new Random(seed);
        for (int i = 0; i < rs.size(); i++) {
            p.accept(rs.get(i));
            if (i > 0 && rnd.nextBoolean()) {
                p.accept(rs.get(rnd.nextInt(i)));
            }
            streamed.addAll(p.close(rs.get(i).timestamp()));
        }
        assertEquals(batch(rs), streamed);
    }

    @Property(tries = 300)
    void resetIsDetectedAndCountedOnce(@ForAll @Size(min = 2, max = 40) List<@IntRange(min = 1, max = 2400) Integer> gaps,
                                       @ForAll long seed, @ForAll @IntRange(min = 0, max = 39) int resetAt) {
        int at = resetAt % gaps.size();
        List<MeterReading> rs = series(gaps, seed, at);
        List<PeriodEnergy> periods = batch(rs);
        long[] s = sums(periods);
        assertEquals(expectedTotals(rs)[0], s[0]);
        assertEquals(expectedTotals(rs)[1], s[1]);
        Instant resetTime = rs.get(at + 1).timestamp();
        Instant before = rs.get(at).timestamp();
        assertTrue(periods.stream().anyMatch(p -> p.resetDetected() && p.end().isAfter(before)
                && !p.start().isAfter(resetTime) && p.quality() != ReadingQuality.GOOD),
                () -> "no period flags the reset between " + before + " and " + resetTime + ": " + periods);
    }
}
