package dev.eet.hardware.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that only moves when told to: virtual time for simulations and tests. Thread-safe. */
public final class ManualClock extends Clock {
    private final AtomicReference<Instant> now;

    /** @param start the initial instant */
    public ManualClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /** @param step how far to move forward (not negative) */
    public void advance(Duration step) {
        if (step.isNegative()) {
            throw new IllegalArgumentException("a clock does not go back: " + step);
        }
        now.updateAndGet(t -> t.plus(step));
    }

    /** @param instant the new time, not before the current time */
    public void set(Instant instant) {
        now.updateAndGet(t -> {
            if (instant.isBefore(t)) {
                throw new IllegalArgumentException("a clock does not go back: " + instant + " < " + t);
            }
            return instant;
        });
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("ManualClock is UTC only");
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
