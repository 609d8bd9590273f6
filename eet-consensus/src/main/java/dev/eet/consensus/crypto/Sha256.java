package dev.eet.consensus.crypto;

import dev.eet.api.value.Bytes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 (FIPS 180-4), the hash of transaction ids, block hashes and Merkle nodes. */
public final class Sha256 {
    /** Digest length in bytes. */
    public static final int LENGTH = 32;

    private Sha256() {
    }

    /**
     * @param parts byte arrays hashed in order, without separators (callers encode lengths themselves)
     * @return the 32-byte digest
     */
    public static byte[] digest(byte[]... parts) {
        MessageDigest md = newDigest();
        for (byte[] p : parts) {
            md.update(p);
        }
        return md.digest();
    }

    /**
     * @param parts byte arrays hashed in order
     * @return the digest as {@link Bytes}
     */
    public static Bytes hash(byte[]... parts) {
        return Bytes.of(digest(parts));
    }

    /** @return a fresh SHA-256 message digest */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
