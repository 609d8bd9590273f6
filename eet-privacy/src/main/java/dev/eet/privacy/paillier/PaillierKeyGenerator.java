package dev.eet.privacy.paillier;

import dev.eet.api.InvalidArgumentException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * Generates p, q: independent probable primes (error below 2^-100) of exactly bits/2 bits each, such that n = pq
 * has exactly {@code bits} bits, gcd(pq, (p-1)(q-1)) = 1, and |p - q| &gt; 2^(bits/2 - 100) (so that Fermat
 * factoring from sqrt(n) is hopeless, as FIPS 186-5 requires for RSA primes).
 */
final class PaillierKeyGenerator {
    private PaillierKeyGenerator() {
    }

    static PaillierKeyPair generate(int bits, int minBits, SecureRandom random) {
        Objects.requireNonNull(random, "random");
        if (bits < minBits) {
            throw new InvalidArgumentException("paillier key generation", "bits", "must be at least " + minBits
                    + ", was " + bits);
        }
        if (bits % 2 != 0) {
            throw new InvalidArgumentException("paillier key generation", "bits", "must be even, was " + bits);
        }
        int half = bits / 2;
        BigInteger minDistance = BigInteger.ONE.shiftLeft(Math.max(half - 100, 1));
        while (true) {
            BigInteger p = BigInteger.probablePrime(half, random);
            BigInteger q = BigInteger.probablePrime(half, random);
            if (p.subtract(q).abs().compareTo(minDistance) <= 0) {
                continue;
            }
            BigInteger n = p.multiply(q);
            if (n.bitLength() != bits) {
                continue;
            }
            BigInteger phi = p.subtract(BigInteger.ONE).multiply(q.subtract(BigInteger.ONE));
            if (!n.gcd(phi).equals(BigInteger.ONE)) {
                continue;
            }
            PaillierPrivateKey sk = PaillierPrivateKey.of(p, q, minBits);
            return new PaillierKeyPair(sk.publicKey(), sk);
        }
    }
}
