package dev.eet.privacy.paillier;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.value.Bytes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * A Paillier ciphertext of a signed fixed-point number: the residue c in Z*_{n^2} plus its public scale (the
 * plaintext is {@code units / 10^scale}). The homomorphic operations here are deterministic functions of their
 * inputs; they do not add fresh randomness, so call {@link PaillierEncryptor#rerandomize} before publishing a
 * result whose inputs an observer has seen. Immutable and thread-safe.
 *
 * <p>Encoding (version 1): {@code 01 | 03 | keyId (8 bytes) | u8 scale | c} with c in exactly
 * ceil(bits(n^2)/8) bytes, so equal ciphertexts have equal bytes. Decoding rejects an unknown version, another
 * key's id, a wrong length, and any c outside Z*_{n^2} (zero, at least n^2, or sharing a factor with n).
 */
public final class PaillierCiphertext {
    /** The largest scale (decimals) a ciphertext may carry. */
    public static final int MAX_SCALE = 255;
    static final byte KIND = 0x03;
    private static final String SUBJECT = "paillier ciphertext";

    private final PaillierPublicKey key;
    private final BigInteger value;
    private final int scale;

    PaillierCiphertext(PaillierPublicKey key, BigInteger value, int scale) {
        this.key = key;
        this.value = value;
        this.scale = scale;
    }

    /**
     * @param key the public key the ciphertext must belong to
     * @param encoded the encoding from {@link #encode()}
     * @return the ciphertext
     * @throws InvalidArgumentException naming the field if the bytes are malformed or out of range
     */
    public static PaillierCiphertext decode(PaillierPublicKey key, Bytes encoded) {
        Objects.requireNonNull(key, "key");
        PaillierFormat.Reader r = new PaillierFormat.Reader(SUBJECT, encoded);
        r.header(KIND);
        byte[] id = r.bytes(PaillierFormat.KEY_ID_BYTES, "keyId");
        if (!Arrays.equals(id, key.keyIdArray())) {
            throw new InvalidArgumentException(SUBJECT, "keyId", "belongs to another public key");
        }
        int scale = r.u8("scale");
        BigInteger c = new BigInteger(1, r.bytes(key.ciphertextBytes(), "value"));
        r.end();
        return of(key, c, scale);
    }

    /**
     * @param key the public key
     * @param c a residue, which must lie in Z*_{n^2}
     * @param scale the plaintext's decimals, 0..{@value #MAX_SCALE}
     * @return the ciphertext
     */
    public static PaillierCiphertext of(PaillierPublicKey key, BigInteger c, int scale) {
        if (c.signum() <= 0 || c.compareTo(key.modulusSquared()) >= 0) {
            throw new InvalidArgumentException(SUBJECT, "value", "must lie in 1..n^2-1");
        }
        if (!c.gcd(key.modulus()).equals(BigInteger.ONE)) {
            throw new InvalidArgumentException(SUBJECT, "value", "is not invertible modulo n^2");
        }
        checkScale(scale);
        return new PaillierCiphertext(key, c, scale);
    }

    /** @return the stable versioned encoding */
    public Bytes encode() {
        int width = key.ciphertextBytes();
        ByteBuffer b = ByteBuffer.allocate(2 + PaillierFormat.KEY_ID_BYTES + 1 + width);
        b.put(PaillierFormat.VERSION).put(KIND).put(key.keyIdArray()).put((byte) scale)
                .put(PaillierFormat.fixedWidth(value, width));
        return Bytes.of(b.array());
    }

    /** @return the public key this ciphertext belongs to */
    public PaillierPublicKey publicKey() {
        return key;
    }

    /** @return the residue c modulo n^2 (public) */
    public BigInteger value() {
        return value;
    }

    /** @return the plaintext's number of decimals */
    public int scale() {
        return scale;
    }

    /**
     * @param other Enc(b) under the same key
     * @return Enc(a + b), at the larger of the two scales
     */
    public PaillierCiphertext add(PaillierCiphertext other) {
        sameKey(other);
        int s = Math.max(scale, other.scale);
        PaillierCiphertext x = withScale(s);
        PaillierCiphertext y = other.withScale(s);
        return new PaillierCiphertext(key, key.mulModN2(x.value, y.value), s);
    }

    /**
     * @param other Enc(b) under the same key
     * @return Enc(a - b)
     */
    public PaillierCiphertext subtract(PaillierCiphertext other) {
        return add(other.negate());
    }

    /** @return Enc(-a), by inverting c modulo n^2 (inversion mod n lifted by one Newton step) */
    public PaillierCiphertext negate() {
        return new PaillierCiphertext(key, key.invertModN2(value), scale);
    }

    /**
     * @param k a plaintext constant
     * @return Enc(a + k), at the larger of this scale and k's scale
     */
    public PaillierCiphertext addPlain(BigDecimal k) {
        int s = Math.max(scale, PaillierEncoding.constantScale(k));
        checkScale(s);
        return withScale(s).addPlainUnits(PaillierEncoding.units(k, s, "paillier constant", "k"));
    }

    /**
     * @param units a plaintext integer at this ciphertext's scale
     * @return Enc(a + units / 10^scale): c * (1 + m*n) mod n^2
     */
    public PaillierCiphertext addPlainUnits(BigInteger units) {
        BigInteger m = key.encodeSigned(units);
        BigInteger gm = m.multiply(key.modulus()).add(BigInteger.ONE);
        return new PaillierCiphertext(key, key.mulModN2(value, gm), scale);
    }

    /**
     * @param k a plaintext constant (any sign, any number of decimals up to the scale limit)
     * @return Enc(a * k), whose scale is this scale plus k's decimals
     */
    public PaillierCiphertext multiply(BigDecimal k) {
        int ks = PaillierEncoding.constantScale(k);
        int s = scale + ks;
        checkScale(s);
        BigInteger units = PaillierEncoding.units(k, ks, "paillier constant", "k");
        return new PaillierCiphertext(key, power(units), s);
    }

    /**
     * @param k a plaintext integer (any sign); negative constants invert the ciphertext rather than using c^(n-k)
     * @return Enc(a * k), at this scale
     */
    public PaillierCiphertext multiplyUnits(BigInteger k) {
        return new PaillierCiphertext(key, power(k), scale);
    }

    /**
     * @param newScale a scale at least this one
     * @return the same value at {@code newScale} (the units multiplied by 10^(newScale - scale))
     */
    public PaillierCiphertext withScale(int newScale) {
        if (newScale == scale) {
            return this;
        }
        if (newScale < scale) {
            throw new InvalidArgumentException(SUBJECT, "scale", "cannot lower the scale from " + scale + " to "
                    + newScale + " on a ciphertext");
        }
        checkScale(newScale);
        return new PaillierCiphertext(key, power(BigInteger.TEN.pow(newScale - scale)), newScale);
    }

    /**
     * Low-level: the same integer plaintext read at another scale (the value is divided by 10^(newScale - scale),
     * nothing is computed). Protocols that multiply integers of known scales use it to label a product.
     *
     * @param newScale the scale to label the units with
     * @return the relabelled ciphertext
     */
    public PaillierCiphertext withUnitsAtScale(int newScale) {
        checkScale(newScale);
        return new PaillierCiphertext(key, value, newScale);
    }

    private BigInteger power(BigInteger k) {
        if (k.abs().compareTo(key.maxMagnitude()) > 0) {
            throw new InvalidArgumentException("paillier constant", "k", "magnitude exceeds floor(n/3)");
        }
        BigInteger n2 = key.modulusSquared();
        BigInteger r = value.modPow(k.abs(), n2);
        return k.signum() < 0 ? key.invertModN2(r) : r;
    }

    private void sameKey(PaillierCiphertext other) {
        if (!key.equals(other.key)) {
            throw new InvalidArgumentException(SUBJECT, "publicKey", "operands are encrypted under different keys");
        }
    }

    static void checkScale(int scale) {
        if (scale < 0 || scale > MAX_SCALE) {
            throw new InvalidArgumentException(SUBJECT, "scale", "must be 0.." + MAX_SCALE + ", was " + scale);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof PaillierCiphertext c && scale == c.scale && value.equals(c.value)
                && key.equals(c.key));
    }

    @Override
    public int hashCode() {
        return value.hashCode() * 31 + scale;
    }

    @Override
    public String toString() {
        return "PaillierCiphertext[scale=" + scale + ", key=" + key.keyId().toHex() + "]";
    }
}
