package dev.eet.api.value;

import java.math.BigDecimal;

/**
 * An exact, currency-agnostic amount of money, stored as a whole number of micro-units. Signed. Immutable;
 * rounding HALF_EVEN at 6 decimals (see the package documentation).
 *
 * @param micros the amount in millionths of a currency unit
 */
public record Money(long micros) implements Comparable<Money> {
    private static final String TYPE = "Money";

    /** No money. */
    public static final Money ZERO = new Money(0);

    /**
     * @param amount a decimal amount; rounded HALF_EVEN to 6 decimals
     * @return the money
     */
    public static Money of(BigDecimal amount) {
        return new Money(FixedPoint.toUnits(amount, TYPE));
    }

    /**
     * @param amount a decimal string such as {@code "103.4"}
     * @return the money
     */
    public static Money of(String amount) {
        return of(new BigDecimal(amount.trim()));
    }

    /**
     * @param whole whole currency units
     * @return the money
     */
    public static Money of(long whole) {
        return new Money(FixedPoint.wholeToUnits(whole, TYPE));
    }

    /**
     * @param micros millionths of a currency unit
     * @return the money
     */
    public static Money ofMicros(long micros) {
        return new Money(micros);
    }

    /** @return the exact decimal amount */
    public BigDecimal toDecimal() {
        return FixedPoint.toDecimal(micros);
    }

    /** @return the shortest exact decimal string */
    public String toPlainString() {
        return FixedPoint.format(micros);
    }

    /** @return {@code this + other} */
    public Money plus(Money other) {
        return new Money(FixedPoint.add(micros, other.micros, TYPE));
    }

    /** @return {@code this - other} */
    public Money minus(Money other) {
        return new Money(FixedPoint.subtract(micros, other.micros, TYPE));
    }

    /** @return {@code this * factor}, exact */
    public Money times(long factor) {
        return new Money(FixedPoint.multiply(micros, factor, TYPE));
    }

    /** @return {@code this * factor}, rounded HALF_EVEN to 6 decimals */
    public Money times(BigDecimal factor) {
        return new Money(FixedPoint.multiply(micros, factor, TYPE));
    }

    /** @return {@code -this} */
    public Money negate() {
        return new Money(FixedPoint.negate(micros, TYPE));
    }

    /** @return the absolute value */
    public Money abs() {
        return micros < 0 ? negate() : this;
    }

    /** @return -1, 0 or 1 */
    public int signum() {
        return Long.signum(micros);
    }

    /** @return whether this is exactly zero */
    public boolean isZero() {
        return micros == 0;
    }

    /** @return whether this is below zero */
    public boolean isNegative() {
        return micros < 0;
    }

    /** @return the smaller of the two */
    public static Money min(Money a, Money b) {
        return a.micros <= b.micros ? a : b;
    }

    /** @return the larger of the two */
    public static Money max(Money a, Money b) {
        return a.micros >= b.micros ? a : b;
    }

    @Override
    public int compareTo(Money o) {
        return Long.compare(micros, o.micros);
    }

    /** @return the plain decimal amount, e.g. {@code "103.4"} */
    @Override
    public String toString() {
        return toPlainString();
    }
}
