package dev.eet.api.value;

import java.math.BigDecimal;

/**
 * An exact amount of electrical energy in kWh, stored as a whole number of micro-kWh (1 mWh). Signed: positive
 * means supplied or owed to the holder, depending on context. Immutable; rounding HALF_EVEN at 6 decimals
 * (see the package documentation).
 *
 * @param microKwh the amount in millionths of a kWh
 */
public record Energy(long microKwh) implements Comparable<Energy> {
    private static final String TYPE = "Energy";

    /** Zero kWh. */
    public static final Energy ZERO = new Energy(0);

    /**
     * @param kwh whole kWh
     * @return the energy
     */
    public static Energy ofKwh(long kwh) {
        return new Energy(FixedPoint.wholeToUnits(kwh, TYPE));
    }

    /**
     * @param kwh a decimal number of kWh; rounded HALF_EVEN to 6 decimals
     * @return the energy
     */
    public static Energy ofKwh(BigDecimal kwh) {
        return new Energy(FixedPoint.toUnits(kwh, TYPE));
    }

    /**
     * @param kwh a decimal string such as {@code "12.5"}; rounded HALF_EVEN to 6 decimals
     * @return the energy
     * @throws NumberFormatException if the string is not a decimal number
     */
    public static Energy ofKwh(String kwh) {
        return ofKwh(new BigDecimal(kwh.trim()));
    }

    /**
     * @param microKwh millionths of a kWh
     * @return the energy
     */
    public static Energy ofMicroKwh(long microKwh) {
        return new Energy(microKwh);
    }

    /** @return the exact amount in kWh */
    public BigDecimal toKwh() {
        return FixedPoint.toDecimal(microKwh);
    }

    /** @return the shortest exact decimal string of the kWh amount, e.g. {@code "220"} or {@code "0.125"} */
    public String toPlainString() {
        return FixedPoint.format(microKwh);
    }

    /** @return {@code this + other} */
    public Energy plus(Energy other) {
        return new Energy(FixedPoint.add(microKwh, other.microKwh, TYPE));
    }

    /** @return {@code this - other} */
    public Energy minus(Energy other) {
        return new Energy(FixedPoint.subtract(microKwh, other.microKwh, TYPE));
    }

    /** @return {@code this * factor}, exact */
    public Energy times(long factor) {
        return new Energy(FixedPoint.multiply(microKwh, factor, TYPE));
    }

    /** @return {@code this * factor}, rounded HALF_EVEN to 6 decimals */
    public Energy times(BigDecimal factor) {
        return new Energy(FixedPoint.multiply(microKwh, factor, TYPE));
    }

    /**
     * The money for this energy at a price: {@code kWh * price}, rounded HALF_EVEN to 6 decimals.
     *
     * @param price the price per kWh
     * @return the amount
     */
    public Money times(Price price) {
        return Money.ofMicros(FixedPoint.multiplyDivide(microKwh, price.microsPerKwh(), FixedPoint.ONE, "Money"));
    }

    /** @return {@code -this} */
    public Energy negate() {
        return new Energy(FixedPoint.negate(microKwh, TYPE));
    }

    /** @return the absolute value */
    public Energy abs() {
        return microKwh < 0 ? negate() : this;
    }

    /** @return -1, 0 or 1 */
    public int signum() {
        return Long.signum(microKwh);
    }

    /** @return whether this is exactly zero */
    public boolean isZero() {
        return microKwh == 0;
    }

    /** @return whether this is greater than zero */
    public boolean isPositive() {
        return microKwh > 0;
    }

    /** @return whether this is less than zero */
    public boolean isNegative() {
        return microKwh < 0;
    }

    /** @return the smaller of the two */
    public static Energy min(Energy a, Energy b) {
        return a.microKwh <= b.microKwh ? a : b;
    }

    /** @return the larger of the two */
    public static Energy max(Energy a, Energy b) {
        return a.microKwh >= b.microKwh ? a : b;
    }

    /**
     * A dimensionless ratio for scores and statistics (never for settlement).
     *
     * @param other the denominator, non-zero
     * @return {@code this / other} as a double
     */
    public double ratio(Energy other) {
        if (other.microKwh == 0) {
            throw new ArithmeticException("Energy ratio: division by zero kWh");
        }
        return (double) microKwh / (double) other.microKwh;
    }

    @Override
    public int compareTo(Energy o) {
        return Long.compare(microKwh, o.microKwh);
    }

    /** @return e.g. {@code "12.5 kWh"} */
    @Override
    public String toString() {
        return toPlainString() + " kWh";
    }
}
