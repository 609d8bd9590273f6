package dev.eet.privacy.paillier;

import java.math.BigInteger;

/**
 * Barrett reduction modulo a fixed m (Handbook of Applied Cryptography, algorithm 14.42, base 2): with
 * k = bits(m) and mu = floor(4^k / m), x mod m for 0 &lt;= x &lt; 4^k costs two multiplications and shifts instead
 * of a long division, which for BigInteger at Paillier sizes is several times faster than {@link BigInteger#mod}.
 * Immutable and thread-safe.
 */
final class BarrettReducer {
    private final BigInteger modulus;
    private final BigInteger mu;
    private final int k;

    BarrettReducer(BigInteger modulus) {
        this.modulus = modulus;
        this.k = modulus.bitLength();
        this.mu = BigInteger.ONE.shiftLeft(2 * k).divide(modulus);
    }

    /**
     * @param x 0 &lt;= x &lt; 4^k
     * @return x mod m
     */
    BigInteger reduce(BigInteger x) {
        if (x.signum() < 0 || x.bitLength() > 2 * k) {
            return x.mod(modulus);
        }
        BigInteger q = x.shiftRight(k - 1).multiply(mu).shiftRight(k + 1);
        BigInteger r = x.subtract(q.multiply(modulus));
        while (r.compareTo(modulus) >= 0) {
            r = r.subtract(modulus);
        }
        return r;
    }

    /** @return a * b mod m for residues a, b in [0, m) */
    BigInteger multiply(BigInteger a, BigInteger b) {
        return reduce(a.multiply(b));
    }
}
