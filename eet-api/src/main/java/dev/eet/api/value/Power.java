package dev.eet.api.value;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Exact active power in kW, stored as a whole number of micro-kW (1 mW). Signed: by EET's meter convention
 * positive means supply (export), negative consumption (import). Immutable; rounding HALF_EVEN at 6 decimals.
 *
 * @param microKw the power in millionths of a kW
 */
public record Power(long microKw) implements Comparable<Power> {
    private static final String TYPE = "Power";
    private static final long NANOS_PER_HOUR = 3_600_000_000_000L;

    /** Zero kW. */
    public static final Power ZERO = new Power(0);

    /**
     * @param kw a decimal number of kW; rounded HALF_EVEN to 6 decimals
     * @return the power
     */
    public static Power ofKw(BigDecimal kw) {
        return new Power(FixedPoint.toUnits(kw, TYPE));
    }

    /**
     * @param kw a decimal string such as {@code "-3.2"}
     * @return the power
     */
    public static Power ofKw(String kw) {
        return ofKw(new BigDecimal(kw.trim()));
    }

    /**
     * @param kw whole kW
     * @return the power
     */
    public static Power ofKw(long kw) {
        return new Power(FixedPoint.wholeToUnits(kw, TYPE));
    }

    /** @return the exact power in kW */
    public BigDecimal toKw() {
        return FixedPoint.toDecimal(microKw);
    }

    /** @return the shortest exact decimal string of the kW value */
    public String toPlainString() {
        return FixedPoint.format(microKw);
    }

    /** @return {@code this + other} */
    public Power plus(Power other) {
        return new Power(FixedPoint.add(microKw, other.microKw, TYPE));
    }

    /** @return {@code this - other} */
    public Power minus(Power other) {
        return new Power(FixedPoint.subtract(microKw, other.microKw, TYPE));
    }

    /** @return {@code -this} */
    public Power negate() {
        return new Power(FixedPoint.negate(microKw, TYPE));
    }

    /** @return -1, 0 or 1 */
    public int signum() {
        return Long.signum(microKw);
    }

    /**
     * The energy delivered at this constant power over a duration, rounded HALF_EVEN to 6 decimals of a kWh.
     *
     * @param duration the time span (nanosecond precision)
     * @return {@code kW * hours}
     */
    public Energy over(Duration duration) {
        long nanos = duration.toNanos();
        return Energy.ofMicroKwh(FixedPoint.multiplyDivide(microKw, nanos, NANOS_PER_HOUR, "Energy"));
    }

    @Override
    public int compareTo(Power o) {
        return Long.compare(microKw, o.microKw);
    }

    /** @return e.g. {@code "3.2 kW"} */
    @Override
    public String toString() {
        return toPlainString() + " kW";
    }
}
