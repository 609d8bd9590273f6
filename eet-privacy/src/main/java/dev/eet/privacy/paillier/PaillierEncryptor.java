package dev.eet.privacy.paillier;

import dev.eet.api.InvalidArgumentException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * Encrypts under one public key with one reused {@link SecureRandom}: every ciphertext gets a fresh randomiser, so
 * equal plaintexts give different ciphertexts. Computes g^m as 1 + m*n mod n^2 (g = n + 1, no exponentiation).
 * Thread-safe (SecureRandom is).
 *
 * <pre>{@code
 * PaillierEncryptor enc = PaillierEncryptor.create(publicKey, new SecureRandom(), RandomiserMode.DJN);
 * PaillierCiphertext c = enc.encrypt(new BigDecimal("12.345678"));   // scale 6
 * }</pre>
 */
public final class PaillierEncryptor {
    /** Window width of the DJN fixed-base table (2^w - 1 entries per w-bit digit). */
    static final int DJN_WINDOW = 5;

    private final PaillierPublicKey key;
    private final SecureRandom random;
    private final RandomiserMode mode;
    private final FixedBaseExponent djnTable;
    private final int djnExponentBits;

    private PaillierEncryptor(PaillierPublicKey key, SecureRandom random, RandomiserMode mode) {
        this.key = Objects.requireNonNull(key, "key");
        this.random = Objects.requireNonNull(random, "random");
        this.mode = Objects.requireNonNull(mode, "mode");
        if (mode == RandomiserMode.DJN) {
            BigInteger n = key.modulus();
            BigInteger x = uniformUnit(n);
            BigInteger h = n.subtract(x.multiply(x).mod(n));
            BigInteger hs = h.modPow(n, key.modulusSquared());
            this.djnExponentBits = (n.bitLength() + 1) / 2;
            this.djnTable = new FixedBaseExponent(hs, key.modulusSquared(), djnExponentBits, DJN_WINDOW);
        } else {
            this.djnTable = null;
            this.djnExponentBits = 0;
        }
    }

    /**
     * @param key the public key
     * @param random the one generator all randomness comes from (inject a seeded one only in tests)
     * @return a textbook ({@link RandomiserMode#STANDARD}) encryptor
     */
    public static PaillierEncryptor standard(PaillierPublicKey key, SecureRandom random) {
        return new PaillierEncryptor(key, random, RandomiserMode.STANDARD);
    }

    /**
     * @param key the public key
     * @param random the one generator all randomness comes from
     * @param mode how randomisers are computed ({@link RandomiserMode#DJN} precomputes a table once, about 7 MB
     *        for 3072-bit keys, then encrypts several times faster)
     * @return an encryptor
     */
    public static PaillierEncryptor create(PaillierPublicKey key, SecureRandom random, RandomiserMode mode) {
        return new PaillierEncryptor(key, random, mode);
    }

    /** @return the public key */
    public PaillierPublicKey publicKey() {
        return key;
    }

    /** @return how randomisers are computed */
    public RandomiserMode mode() {
        return mode;
    }

    /**
     * @param value a decimal with at most {@value PaillierEncoding#DEFAULT_SCALE} decimals
     * @return Enc(value) at scale {@value PaillierEncoding#DEFAULT_SCALE}
     */
    public PaillierCiphertext encrypt(BigDecimal value) {
        return encrypt(value, PaillierEncoding.DEFAULT_SCALE);
    }

    /**
     * @param value a decimal with at most {@code scale} decimals
     * @param scale the ciphertext's scale
     * @return Enc(value)
     */
    public PaillierCiphertext encrypt(BigDecimal value, int scale) {
        PaillierCiphertext.checkScale(scale);
        return encryptUnits(PaillierEncoding.units(value, scale, "paillier plaintext", "value"), scale);
    }

    /**
     * @param units the signed integer plaintext, |units| &lt;= floor(n/3)
     * @param scale the decimals it stands for
     * @return Enc(units / 10^scale)
     */
    public PaillierCiphertext encryptUnits(BigInteger units, int scale) {
        PaillierCiphertext.checkScale(scale);
        if (units == null) {
            throw new InvalidArgumentException("paillier plaintext", "value", "is missing");
        }
        BigInteger m = key.encodeSigned(units);
        BigInteger gm = m.multiply(key.modulus()).add(BigInteger.ONE);
        return new PaillierCiphertext(key, key.mulModN2(gm, randomiser()), scale);
    }

    /**
     * @param value a signed integer
     * @return Enc(value) at scale 0
     */
    public PaillierCiphertext encryptInteger(BigInteger value) {
        return encryptUnits(value, 0);
    }

    /**
     * @param c a ciphertext under this key
     * @return a fresh ciphertext of the same plaintext and scale, unlinkable to {@code c} under DCRA
     */
    public PaillierCiphertext rerandomize(PaillierCiphertext c) {
        if (!c.publicKey().equals(key)) {
            throw new InvalidArgumentException("paillier ciphertext", "publicKey", "encrypted under another key");
        }
        return new PaillierCiphertext(key, key.mulModN2(c.value(), randomiser()), c.scale());
    }

    /** @return a fresh n-th residue rho modulo n^2 */
    BigInteger randomiser() {
        if (mode == RandomiserMode.DJN) {
            return djnTable.pow(new BigInteger(djnExponentBits, random));
        }
        return uniformUnit(key.modulus()).modPow(key.modulus(), key.modulusSquared());
    }

    private BigInteger uniformUnit(BigInteger n) {
        while (true) {
            BigInteger r = new BigInteger(n.bitLength(), random);
            if (r.signum() > 0 && r.compareTo(n) < 0 && r.gcd(n).equals(BigInteger.ONE)) {
                return r;
            }
        }
    }
}
