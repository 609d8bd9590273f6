package dev.eet.api.model;

import dev.eet.api.InvalidArgumentException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A trading/delivery interval [start, start + length), e.g. a 15-minute period.
 *
 * @param start inclusive start
 * @param length positive length
 */
public record DeliveryPeriod(Instant start, Duration length) implements Comparable<DeliveryPeriod> {

    /** @throws InvalidArgumentException if the length is not positive */
    public DeliveryPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(length, "length");
        if (length.isZero() || length.isNegative()) {
            throw new InvalidArgumentException("delivery period", "length", "must be positive, was " + length);
        }
    }

    /**
     * The period of a fixed grid of periods that contains an instant (periods aligned to the epoch).
     *
     * @param instant any instant
     * @param length period length
     * @return the containing period
     */
    public static DeliveryPeriod containing(Instant instant, Duration length) {
        long len = length.toMillis();
        if (len <= 0) {
            throw new InvalidArgumentException("delivery period", "length", "must be at least 1 ms, was " + length);
        }
        long start = Math.floorDiv(instant.toEpochMilli(), len) * len;
        return new DeliveryPeriod(Instant.ofEpochMilli(start), length);
    }

    /** @return exclusive end */
    public Instant end() {
        return start.plus(length);
    }

    /** @param t an instant @return whether it falls in [start, end) */
    public boolean contains(Instant t) {
        return !t.isBefore(start) && t.isBefore(end());
    }

    /** @return the following period of the same length */
    public DeliveryPeriod next() {
        return new DeliveryPeriod(end(), length);
    }

    @Override
    public int compareTo(DeliveryPeriod o) {
        int c = start.compareTo(o.start);
        return c != 0 ? c : length.compareTo(o.length);
    }
}
