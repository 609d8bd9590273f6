package dev.eet.api.value;

import java.math.BigDecimal;

/**
 * An exact price in currency units per kWh, stored as a whole number of micro-units per kWh. May be negative
 * only where a mechanism allows it (orders reject negative prices). Immutable; rounding HALF_EVEN at 6 decimals.
 *
 * @param microsPerKwh the price in millionths of a currency unit per kWh
 */
public record Price(long microsPerKwh) implements Comparable<Price> {
    private static final String TYPE = "Price";

    /** A price of zero. */
    public static final Price ZERO = new Price(0);

    /**
     * @param perKwh currency units per kWh; rounded HALF_EVEN to 6 decimals
     * @return the price
     */
    public static Price perKwh(BigDecimal perKwh) {
        return new Price(FixedPoint.toUnits(perKwh, TYPE));
    }

    /**
     * @param perKwh a decimal string such as {@code "0.47"}
     * @return the price
     */
    public static Price perKwh(String perKwh) {
        return perKwh(new BigDecimal(perKwh.trim()));
    }

    /**
     * @param microsPerKwh millionths of a currency unit per kWh
     * @return the price
     */
    public static Price ofMicros(long microsPerKwh) {
        return new Price(microsPerKwh);
    }

    /** @return the exact price per kWh */
    public BigDecimal toDecimal() {
        return FixedPoint.toDecimal(microsPerKwh);
    }

    /** @return the shortest exact decimal string, e.g. {@code "0.47"} */
    public String toPlainString() {
        return FixedPoint.format(microsPerKwh);
    }

    /** @return {@code this + other} */
    public Price plus(Price other) {
        return new Price(FixedPoint.add(microsPerKwh, other.microsPerKwh, TYPE));
    }

    /** @return {@code this - other} */
    public Price minus(Price other) {
        return new Price(FixedPoint.subtract(microsPerKwh, other.microsPerKwh, TYPE));
    }

    /** @return {@code this * factor}, rounded HALF_EVEN to 6 decimals */
    public Price times(BigDecimal factor) {
        return new Price(FixedPoint.multiply(microsPerKwh, factor, TYPE));
    }

    /**
     * The average of two prices, {@code (a + b) / 2}, rounded HALF_EVEN to 6 decimals (exact even for prices near
     * the range limits).
     *
     * @param a one price
     * @param b the other
     * @return the midpoint
     */
    public static Price midpoint(Price a, Price b) {
        long x = a.microsPerKwh;
        long y = b.microsPerKwh;
        long half = (x >> 1) + (y >> 1);   // floor(x/2) + floor(y/2), cannot overflow
        long rest = (x & 1) + (y & 1);      // 0, 1 or 2 half-units left over
        if (rest == 2) {
            return new Price(half + 1);
        }
        if (rest == 1 && (half & 1) != 0) { // exact value is half + 0.5: round to even
            return new Price(half + 1);
        }
        return new Price(half);
    }

    /** @return the money for {@code energy} at this price, rounded HALF_EVEN */
    public Money times(Energy energy) {
        return energy.times(this);
    }

    /** @return -1, 0 or 1 */
    public int signum() {
        return Long.signum(microsPerKwh);
    }

    /** @return the smaller of the two */
    public static Price min(Price a, Price b) {
        return a.microsPerKwh <= b.microsPerKwh ? a : b;
    }

    /** @return the larger of the two */
    public static Price max(Price a, Price b) {
        return a.microsPerKwh >= b.microsPerKwh ? a : b;
    }

    @Override
    public int compareTo(Price o) {
        return Long.compare(microsPerKwh, o.microsPerKwh);
    }

    /** @return e.g. {@code "0.47/kWh"} */
    @Override
    public String toString() {
        return toPlainString() + "/kWh";
    }
}
