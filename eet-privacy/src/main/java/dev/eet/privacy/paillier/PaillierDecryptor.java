package dev.eet.privacy.paillier;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.privacy.PlaintextOverflowException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * Decrypts with the Chinese remainder theorem: m_p = L_p(c^(p-1) mod p^2) * hp mod p, m_q likewise, then
 * m = m_q + q * ((m_p - m_q) * q^-1 mod p). Thread-safe.
 *
 * <p><b>Side channels.</b> {@link BigInteger#modPow} is not constant-time. Instead of a constant-time claim we use
 * <em>exponent blinding</em>: each decryption raises to (p-1) + t * p(p-1) (and likewise for q) with a fresh
 * {@value #DEFAULT_BLINDING_BITS}-bit t from the {@link SecureRandom}; since p(p-1) is the order of Z*_{p^2} the
 * result is unchanged, but the exponent an attacker could observe through timing or power differs on every call,
 * so traces cannot be averaged to recover p - 1. The cost is a longer exponent (about 2x a plain CRT decryption).
 * {@link #unblinded} exists for benchmarks and for key holders on an isolated machine; document its use.
 *
 * <p><b>Overflow.</b> The residue m is decoded as m (m &lt;= n/3), m - n (m &gt;= n - n/3), and otherwise
 * reported with a {@link PlaintextOverflowException}: any computation whose true result r has n/3 &lt; |r| &lt;
 * 2n/3 is detected. (A true result beyond 2n/3 in magnitude could alias back into range; with EET's 64-bit
 * fixed-point values and 2048+-bit keys that needs a chain of operations growing values by over 1300 bits.)
 */
public final class PaillierDecryptor {
    /** Bits of the random multiple of the group order added to each secret exponent. */
    public static final int DEFAULT_BLINDING_BITS = 64;

    private final PaillierPrivateKey key;
    private final SecureRandom random;
    private final int blindingBits;

    private PaillierDecryptor(PaillierPrivateKey key, SecureRandom random, int blindingBits) {
        this.key = Objects.requireNonNull(key, "key");
        this.random = random;
        this.blindingBits = blindingBits;
    }

    /**
     * @param key the private key
     * @param random the generator of the blinding values
     * @return a decryptor with exponent blinding
     */
    public static PaillierDecryptor create(PaillierPrivateKey key, SecureRandom random) {
        return new PaillierDecryptor(key, Objects.requireNonNull(random, "random"), DEFAULT_BLINDING_BITS);
    }

    /**
     * Without exponent blinding: faster, but the secret exponent is the same on every call. Only for benchmarks and
     * isolated key holders.
     *
     * @param key the private key
     * @return a decryptor without blinding
     */
    public static PaillierDecryptor unblinded(PaillierPrivateKey key) {
        return new PaillierDecryptor(key, null, 0);
    }

    /** @return the private key's public half */
    public PaillierPublicKey publicKey() {
        return key.publicKey();
    }

    /**
     * @param c a ciphertext under this key
     * @return the exact decimal, at the ciphertext's scale
     * @throws PlaintextOverflowException if the plaintext lies in the overflow band
     */
    public BigDecimal decrypt(PaillierCiphertext c) {
        return PaillierEncoding.toDecimal(decryptUnits(c), c.scale());
    }

    /**
     * @param c a ciphertext under this key
     * @return the signed integer plaintext (units at the ciphertext's scale)
     * @throws PlaintextOverflowException if the plaintext lies in the overflow band
     */
    public BigInteger decryptUnits(PaillierCiphertext c) {
        BigInteger m = decryptResidue(c);
        PaillierPublicKey pk = key.publicKey();
        BigInteger max = pk.maxMagnitude();
        if (m.compareTo(max) <= 0) {
            return m;
        }
        BigInteger negative = m.subtract(pk.modulus());
        if (negative.negate().compareTo(max) <= 0) {
            return negative;
        }
        throw new PlaintextOverflowException("paillier ciphertext: plaintext lies in the overflow band (n/3, 2n/3): "
                + "the computation wrapped around the modulus and its result is not a valid value");
    }

    /**
     * @param c a ciphertext under this key
     * @return the raw plaintext residue in [0, n)
     */
    public BigInteger decryptResidue(PaillierCiphertext c) {
        if (!c.publicKey().equals(key.publicKey())) {
            throw new InvalidArgumentException("paillier ciphertext", "publicKey", "encrypted under another key");
        }
        BigInteger mp = half(c.value(), key.p, key.pSquared, key.pMinusOne, key.pOrder, key.hp);
        BigInteger mq = half(c.value(), key.q, key.qSquared, key.qMinusOne, key.qOrder, key.hq);
        BigInteger h = mp.subtract(mq).multiply(key.qInverseModP).mod(key.p);
        return mq.add(h.multiply(key.q));
    }

    private BigInteger half(BigInteger c, BigInteger prime, BigInteger square, BigInteger primeMinusOne,
            BigInteger order, BigInteger h) {
        BigInteger exponent = primeMinusOne;
        if (blindingBits > 0) {
            exponent = exponent.add(order.multiply(new BigInteger(blindingBits, random)));
        }
        BigInteger u = c.mod(square).modPow(exponent, square);
        return PaillierPrivateKey.l(u, prime).multiply(h).mod(prime);
    }
}
