package dev.eet.hardware.sim;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Fast-forward virtual time: starts at {@code start} and runs {@code factor} times faster than the base clock
 * (factor 60: one simulated hour per real minute).
 */
public final class ScaledClock extends Clock {
    private final Clock base;
    private final Instant baseStart;
    private final Instant start;
    private final long factor;

    /**
     * @param base the real clock
     * @param start the virtual start instant
     * @param factor how many virtual seconds pass per real second, positive
     */
    public ScaledClock(Clock base, Instant start, long factor) {
        if (factor <= 0) {
            throw new IllegalArgumentException("factor must be positive, was " + factor);
        }
        this.base = base;
        this.baseStart = base.instant();
        this.start = start;
        this.factor = factor;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("ScaledClock is UTC only");
    }

    @Override
    public Instant instant() {
        long elapsedMicros = java.time.Duration.between(baseStart, base.instant()).toNanos() / 1000;
        return start.plusNanos(Math.multiplyExact(elapsedMicros, factor) * 1000);
    }
}
