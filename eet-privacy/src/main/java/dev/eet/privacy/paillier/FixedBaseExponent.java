package dev.eet.privacy.paillier;

import java.math.BigInteger;

/**
 * Fixed-base exponentiation with a full window table: table[i][d-1] = base^(d * 2^(w*i)) mod m, so base^e is the
 * product of one table entry per non-zero w-bit digit of e (about bits(e)/w multiplications, no squarings).
 * Immutable after construction and thread-safe.
 */
final class FixedBaseExponent {
    private final BarrettReducer reducer;
    private final int window;
    private final int maxExponentBits;
    private final BigInteger[][] table;

    FixedBaseExponent(BigInteger base, BigInteger modulus, int maxExponentBits, int window) {
        this.reducer = new BarrettReducer(modulus);
        this.window = window;
        this.maxExponentBits = maxExponentBits;
        int digits = (maxExponentBits + window - 1) / window;
        int entries = (1 << window) - 1;
        table = new BigInteger[digits][entries];
        BigInteger b = base.mod(modulus);
        for (int i = 0; i < digits; i++) {
            table[i][0] = b;
            for (int d = 1; d < entries; d++) {
                table[i][d] = reducer.multiply(table[i][d - 1], b);
            }
            // next digit's base: b^(2^w) = b^(2^w - 1) * b
            b = reducer.multiply(table[i][entries - 1], b);
        }
    }

    /** @return the largest exponent bit length this table supports */
    int maxExponentBits() {
        return maxExponentBits;
    }

    /**
     * @param exponent non-negative, at most {@link #maxExponentBits()} bits
     * @return base^exponent mod m
     */
    BigInteger pow(BigInteger exponent) {
        if (exponent.signum() < 0 || exponent.bitLength() > maxExponentBits) {
            throw new IllegalArgumentException("exponent out of the table's range");
        }
        BigInteger result = null;
        int mask = (1 << window) - 1;
        for (int i = 0; i < table.length; i++) {
            int d = digit(exponent, i * window, mask);
            if (d != 0) {
                BigInteger t = table[i][d - 1];
                result = result == null ? t : reducer.multiply(result, t);
            }
        }
        return result == null ? BigInteger.ONE : result;
    }

    private int digit(BigInteger e, int from, int mask) {
        int d = 0;
        for (int b = window - 1; b >= 0; b--) {
            d = (d << 1) | (e.testBit(from + b) ? 1 : 0);
        }
        return d & mask;
    }
}
