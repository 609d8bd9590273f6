package dev.eet.privacy.commit;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.privacy.CommitmentScheme;
import dev.eet.api.value.Bytes;
import dev.eet.privacy.ec.Sha;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * {@link CommitmentScheme} {@code "sha256"}: the report's hash commitment H(v || r) with SHA-256, made unambiguous:
 * {@code SHA-256("EET-HASH-COMMIT-V1" || len(v) || v || r)} where v is the value's two's-complement bytes with a
 * 4-byte length and r is the 32-byte blinding. Hiding (r is 256 uniformly random bits) and binding (collision
 * resistance); not homomorphic. Use it for data that only needs hiding and a later opening.
 */
public final class HashCommitmentScheme implements CommitmentScheme {
    /** The scheme's name. */
    public static final String NAME = "sha256";

    private static final byte[] TAG = "EET-HASH-COMMIT-V1".getBytes(StandardCharsets.US_ASCII);
    private static final BigInteger BLINDING_BOUND = BigInteger.ONE.shiftLeft(256);
    private static final int MAX_VALUE_BYTES = 1024;

    private final SecureRandom random;

    /** @param random the source of blindings (reused) */
    public HashCommitmentScheme(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Bytes commit(BigInteger value, BigInteger blinding) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(blinding, "blinding");
        if (value.bitLength() >= MAX_VALUE_BYTES * 8) {
            throw new InvalidArgumentException(NAME, "value", "must fit in " + MAX_VALUE_BYTES + " bytes");
        }
        if (blinding.signum() < 0 || blinding.compareTo(BLINDING_BOUND) >= 0) {
            throw new InvalidArgumentException(NAME, "blinding", "must be in [0, 2^256)");
        }
        return Bytes.of(hash(value, blinding));
    }

    @Override
    public boolean verifyOpening(Bytes commitment, BigInteger value, BigInteger blinding) {
        if (commitment == null || value == null || blinding == null || commitment.length() != 32
                || blinding.signum() < 0 || blinding.compareTo(BLINDING_BOUND) >= 0
                || value.bitLength() >= MAX_VALUE_BYTES * 8) {
            return false;
        }
        return MessageDigest.isEqual(commitment.toArray(), hash(value, blinding));
    }

    @Override
    public BigInteger randomBlinding() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return new BigInteger(1, b);
    }

    private static byte[] hash(BigInteger value, BigInteger blinding) {
        byte[] v = value.toByteArray();
        byte[] r = new byte[32];
        byte[] rb = blinding.toByteArray();
        int copy = Math.min(rb.length, 32);
        System.arraycopy(rb, rb.length - copy, r, 32 - copy, copy);
        MessageDigest d = Sha.digest("SHA-256");
        d.update(TAG);
        d.update(new byte[] {(byte) (v.length >>> 24), (byte) (v.length >>> 16), (byte) (v.length >>> 8),
            (byte) v.length});
        d.update(v);
        d.update(r);
        return d.digest();
    }
}
