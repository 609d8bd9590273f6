package dev.eet.api.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Fixed-point arithmetic shared by the value types: exact where possible, HALF_EVEN at {@link #SCALE} decimals
 * otherwise, never a silent overflow. Public because hot paths in other modules (order books, settlement loops)
 * work on the raw {@code long} units directly.
 */
public final class FixedPoint {
    /** Decimal places of every EET quantity: one unit is 10^-6 of a kWh, kW, currency unit or currency/kWh. */
    public static final int SCALE = 6;
    /** 10^{@link #SCALE}: the number of units in one whole (1 kWh, 1 currency unit...). */
    public static final long ONE = 1_000_000L;

    private FixedPoint() {
    }

    /**
     * @param value a decimal
     * @param type the type name for the error message
     * @return the value in units, rounded HALF_EVEN at {@link #SCALE}
     * @throws ArithmeticException if it does not fit in a long
     */
    public static long toUnits(BigDecimal value, String type) {
        try {
            return value.setScale(SCALE, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
        } catch (ArithmeticException e) {
            throw overflow(type, value.toPlainString());
        }
    }

    /**
     * @param value a decimal
     * @param type the type name for the error message
     * @return the value in units
     * @throws ArithmeticException if it has more than {@link #SCALE} decimals or does not fit
     */
    public static long toUnitsExact(BigDecimal value, String type) {
        try {
            return value.setScale(SCALE, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
        } catch (ArithmeticException e) {
            if (value.stripTrailingZeros().scale() > SCALE) {
                throw new ArithmeticException(type + " " + value.toPlainString() + " has more than " + SCALE
                        + " decimal places");
            }
            throw overflow(type, value.toPlainString());
        }
    }

    /**
     * @param whole a whole number of kWh, kW, currency units...
     * @param type the type name for the error message
     * @return the value in units
     */
    public static long wholeToUnits(long whole, String type) {
        return multiply(whole, ONE, type);
    }

    /**
     * @param units a value in units
     * @return the exact decimal value
     */
    public static BigDecimal toDecimal(long units) {
        return BigDecimal.valueOf(units, SCALE);
    }

    /**
     * @param units a value in units
     * @return the shortest exact plain decimal string: {@code "220"}, {@code "0.47"}, {@code "-1.5"}
     */
    public static String format(long units) {
        if (units == 0) {
            return "0";
        }
        return toDecimal(units).stripTrailingZeros().toPlainString();
    }

    /** @return {@code a + b}; throws {@link ArithmeticException} naming {@code type} on overflow */
    public static long add(long a, long b, String type) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            throw overflow(type, a + " + " + b + " units");
        }
        return r;
    }

    /** @return {@code a - b}; throws {@link ArithmeticException} naming {@code type} on overflow */
    public static long subtract(long a, long b, String type) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) {
            throw overflow(type, a + " - " + b + " units");
        }
        return r;
    }

    /** @return {@code a * b}; throws {@link ArithmeticException} naming {@code type} on overflow */
    public static long multiply(long a, long b, String type) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi != 0 || lo < 0) && (hi != -1 || lo >= 0)) {
            throw overflow(type, a + " * " + b + " units");
        }
        return lo;
    }

    /** @return {@code -a}; throws on {@link Long#MIN_VALUE} */
    public static long negate(long a, String type) {
        if (a == Long.MIN_VALUE) {
            throw overflow(type, "-(" + a + ") units");
        }
        return -a;
    }

    /**
     * {@code a * b / divisor} computed exactly and rounded HALF_EVEN once. The fast path uses 64-bit
     * arithmetic; a 128-bit product falls back to {@link BigInteger}.
     *
     * @param a first factor
     * @param b second factor
     * @param divisor positive divisor
     * @param type the result type name for the error message
     * @return the rounded quotient
     */
    public static long multiplyDivide(long a, long b, long divisor, String type) {
        if (divisor <= 0) {
            throw new ArithmeticException(type + ": divisor must be positive, was " + divisor);
        }
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        boolean fits = (hi == 0 && lo >= 0) || (hi == -1 && lo < 0);
        if (fits) {
            return divideHalfEven(lo, divisor);
        }
        BigInteger[] qr = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b))
                .divideAndRemainder(BigInteger.valueOf(divisor));
        BigInteger q = qr[0];
        int cmp = qr[1].abs().shiftLeft(1).compareTo(BigInteger.valueOf(divisor));
        if (cmp > 0 || (cmp == 0 && q.testBit(0))) {
            q = q.add(BigInteger.valueOf(qr[1].signum()));
        }
        if (q.bitLength() > 63) {
            throw overflow(type, a + " * " + b + " / " + divisor + " units");
        }
        return q.longValue();
    }

    /**
     * @param value dividend
     * @param divisor positive divisor
     * @return {@code value / divisor} rounded HALF_EVEN
     */
    public static long divideHalfEven(long value, long divisor) {
        if (divisor <= 0) {
            throw new ArithmeticException("divisor must be positive, was " + divisor);
        }
        long q = value / divisor;
        long r = value % divisor;
        if (r == 0) {
            return q;
        }
        long twice = Math.abs(r) * 2; // |r| < divisor <= Long.MAX_VALUE, may overflow only if divisor > 2^62
        int cmp = twice < 0 ? 1 : Long.compare(twice, divisor);
        if (cmp > 0 || (cmp == 0 && (q & 1) != 0)) {
            q += Long.signum(r);
        }
        return q;
    }

    /**
     * {@code units * factor}, rounded HALF_EVEN at the scale.
     *
     * @param units a value in units
     * @param factor any decimal factor
     * @param type the type name for the error message
     * @return the rounded product
     */
    public static long multiply(long units, BigDecimal factor, String type) {
        return toUnits(toDecimal(units).multiply(factor), type);
    }

    static ArithmeticException overflow(String type, String what) {
        return new ArithmeticException(type + " overflow: " + what + " does not fit in a 64-bit fixed-point value");
    }
}
