package dev.eet.privacy.paillier;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.value.Bytes;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * A Paillier public key: the modulus n = pq, with g = n + 1 (so g^m = 1 + m*n mod n^2 and encryption needs no
 * exponentiation for the message). Holds the derived values every operation needs (n^2, the signed range bound
 * n/3, the key id). Immutable and thread-safe.
 *
 * <p>Encoding (version 1, big-endian): {@code 01 | 01 | u32 length | n} with n as its minimal unsigned magnitude.
 */
public final class PaillierPublicKey {
    /** The smallest modulus accepted by default (privacy.md: at least 2048 bits). */
    public static final int MIN_BITS = 2048;
    /** The smallest modulus accepted when a caller explicitly opts into short test keys. */
    public static final int MIN_TEST_BITS = 512;
    static final byte KIND = 0x01;

    private final BigInteger n;
    private final BigInteger nSquared;
    private final BigInteger maxMagnitude;
    private final BarrettReducer reducer;
    private final int ciphertextBytes;
    private final Bytes encoded;
    private final byte[] keyId;

    PaillierPublicKey(BigInteger n) {
        this.n = n;
        this.nSquared = n.multiply(n);
        this.maxMagnitude = n.divide(BigInteger.valueOf(3));
        this.reducer = new BarrettReducer(nSquared);
        this.ciphertextBytes = (nSquared.bitLength() + 7) / 8;
        byte[] mag = PaillierFormat.unsigned(n);
        ByteBuffer b = ByteBuffer.allocate(2 + 4 + mag.length);
        b.put(PaillierFormat.VERSION).put(KIND).putInt(mag.length).put(mag);
        this.encoded = Bytes.of(b.array());
        this.keyId = Arrays.copyOf(sha256(b.array()), PaillierFormat.KEY_ID_BYTES);
    }

    /**
     * Decodes a public key of at least {@link #MIN_BITS} bits.
     *
     * @param encoded the encoding from {@link #encode()}
     * @return the key
     * @throws InvalidArgumentException naming the field if the bytes are malformed or the key is too short
     */
    public static PaillierPublicKey decode(Bytes encoded) {
        return decode(encoded, MIN_BITS);
    }

    /**
     * @param encoded the encoding from {@link #encode()}
     * @param minBits the smallest modulus accepted (at least {@link #MIN_TEST_BITS}; below {@link #MIN_BITS}
     *        only for tests)
     * @return the key
     * @throws InvalidArgumentException naming the field if the bytes are malformed or the key is too short
     */
    public static PaillierPublicKey decode(Bytes encoded, int minBits) {
        PaillierFormat.Reader r = new PaillierFormat.Reader("paillier public key", encoded);
        r.header(KIND);
        BigInteger n = r.magnitude("n");
        r.end();
        return of(n, minBits);
    }

    static PaillierPublicKey of(BigInteger n, int minBits) {
        String s = "paillier public key";
        if (minBits < MIN_TEST_BITS) {
            throw new InvalidArgumentException(s, "minBits", "must be at least " + MIN_TEST_BITS + ", was " + minBits);
        }
        if (n.bitLength() < minBits) {
            throw new InvalidArgumentException(s, "n", "modulus has " + n.bitLength() + " bits, at least " + minBits
                    + " required");
        }
        if (!n.testBit(0) || n.isProbablePrime(40)) {
            throw new InvalidArgumentException(s, "n", "is not an odd composite modulus");
        }
        return new PaillierPublicKey(n);
    }

    /** @return the modulus n */
    public BigInteger modulus() {
        return n;
    }

    /** @return n^2, the ciphertext modulus */
    public BigInteger modulusSquared() {
        return nSquared;
    }

    /** @return the bit length of n */
    public int bits() {
        return n.bitLength();
    }

    /**
     * @return the largest magnitude of a signed integer plaintext: floor(n/3). Residues in (n/3, n - n/3) decode as
     *         overflow.
     */
    public BigInteger maxMagnitude() {
        return maxMagnitude;
    }

    /** @return a * b mod n^2 for residues a, b (Barrett reduction) */
    BigInteger mulModN2(BigInteger a, BigInteger b) {
        return reducer.multiply(a, b);
    }

    /**
     * The inverse of a unit c modulo n^2: x0 = c^-1 mod n (half-size inversion), then one Newton (Hensel) step
     * x = x0 * (2 - c * x0) mod n^2, which is exact because c * x0 = 1 + t*n implies c * x = 1 - t^2 n^2.
     *
     * @param c a residue coprime to n
     * @return c^-1 mod n^2
     */
    BigInteger invertModN2(BigInteger c) {
        BigInteger x0 = c.mod(n).modInverse(n);
        BigInteger cx = reducer.multiply(c, x0);
        BigInteger twoMinus = BigInteger.TWO.subtract(cx).mod(nSquared);
        return reducer.multiply(x0, twoMinus);
    }

    /** @return the fixed number of bytes of a ciphertext value in the encoding (ceil(bits(n^2)/8)) */
    int ciphertextBytes() {
        return ciphertextBytes;
    }

    /** @return the first 8 bytes of SHA-256 over {@link #encode()}, binding encoded ciphertexts to this key */
    Bytes keyId() {
        return Bytes.of(keyId);
    }

    byte[] keyIdArray() {
        return keyId;
    }

    /** @return the stable versioned encoding */
    public Bytes encode() {
        return encoded;
    }

    /**
     * Maps a signed integer into Z_n: v for v &gt;= 0, n + v for v &lt; 0.
     *
     * @param value the signed plaintext
     * @return its residue
     * @throws InvalidArgumentException if |value| exceeds {@link #maxMagnitude()}
     */
    BigInteger encodeSigned(BigInteger value) {
        if (value.abs().compareTo(maxMagnitude) > 0) {
            throw new InvalidArgumentException("paillier plaintext", "value",
                    "magnitude exceeds the encryptable range floor(n/3) (" + maxMagnitude.bitLength() + " bits)");
        }
        return value.signum() < 0 ? value.add(n) : value;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof PaillierPublicKey k && n.equals(k.n));
    }

    @Override
    public int hashCode() {
        return n.hashCode();
    }

    @Override
    public String toString() {
        return "PaillierPublicKey[" + bits() + " bits, id=" + Bytes.of(keyId).toHex() + "]";
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
