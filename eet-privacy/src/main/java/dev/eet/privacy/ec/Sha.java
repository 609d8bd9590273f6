package dev.eet.privacy.ec;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-2 digests from the JDK (always present in a Java SE runtime). */
public final class Sha {
    private Sha() {
    }

    /**
     * @param data bytes
     * @return SHA-256(data)
     */
    public static byte[] sha256(byte[] data) {
        return digest("SHA-256").digest(data);
    }

    /**
     * @param data bytes
     * @return SHA-512(data)
     */
    public static byte[] sha512(byte[] data) {
        return digest("SHA-512").digest(data);
    }

    /**
     * @param algorithm a JDK digest name
     * @return a new digest
     */
    public static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " missing from the JDK", e);
        }
    }
}
