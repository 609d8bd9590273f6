package dev.eet.hardware.sim;

import java.util.SplittableRandom;

/** Deterministic noise: a uniform value in [0, 1) that depends only on (seed, channel, index). */
final class Noise {
    private Noise() {
    }

    static double uniform(long seed, long channel, long index) {
        long mixed = seed * 0x9E3779B97F4A7C15L ^ channel * 0xBF58476D1CE4E5B9L ^ index * 0x94D049BB133111EBL;
        return new SplittableRandom(mixed).nextDouble();
    }

    /** Smooth noise: linear interpolation between values at multiples of {@code periodMillis}. */
    static double smooth(long seed, long channel, long millis, long periodMillis) {
        long block = Math.floorDiv(millis, periodMillis);
        double frac = (double) Math.floorMod(millis, periodMillis) / periodMillis;
        return uniform(seed, channel, block) * (1 - frac) + uniform(seed, channel, block + 1) * frac;
    }

    static double hourOfDay(long millis) {
        return Math.floorMod(millis, 86_400_000L) / 3_600_000.0;
    }

    static long microKw(double kw) {
        return Math.round(kw * 1_000_000.0);
    }
}
