package dev.eet.privacy.paillier;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * A Paillier key pair.
 *
 * @param publicKey the public key (share it)
 * @param privateKey the private key (the key holder's secret)
 */
public record PaillierKeyPair(PaillierPublicKey publicKey, PaillierPrivateKey privateKey) {

    /** The default modulus size: 3072 bits (privacy.md: for data that must stay secret past 2030). */
    public static final int DEFAULT_BITS = 3072;

    /**
     * @param publicKey the public key
     * @param privateKey the private key, which must match
     */
    public PaillierKeyPair {
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(privateKey, "privateKey");
        if (!privateKey.publicKey().equals(publicKey)) {
            throw new IllegalArgumentException("paillier key pair: privateKey: does not match the public key");
        }
    }

    /**
     * @param random the generator the primes are drawn from
     * @return a fresh {@value #DEFAULT_BITS}-bit key pair
     */
    public static PaillierKeyPair generate(SecureRandom random) {
        return generate(DEFAULT_BITS, random);
    }

    /**
     * @param bits the modulus size, at least {@link PaillierPublicKey#MIN_BITS}, even
     * @param random the generator the primes are drawn from
     * @return a fresh key pair
     */
    public static PaillierKeyPair generate(int bits, SecureRandom random) {
        return PaillierKeyGenerator.generate(bits, PaillierPublicKey.MIN_BITS, random);
    }

    /**
     * Short keys for fast tests only (never for real data): same algorithm, smaller modulus.
     *
     * @param bits the modulus size, at least {@link PaillierPublicKey#MIN_TEST_BITS}
     * @param random the generator
     * @return a key pair that is too short to be secure
     */
    public static PaillierKeyPair generateInsecureTestKey(int bits, SecureRandom random) {
        return PaillierKeyGenerator.generate(bits, PaillierPublicKey.MIN_TEST_BITS, random);
    }

    /** Never prints the private key. */
    @Override
    public String toString() {
        return "PaillierKeyPair[" + publicKey + "]";
    }
}
