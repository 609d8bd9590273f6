package dev.eet.api.privacy;

import dev.eet.api.value.Bytes;
import java.math.BigDecimal;

/**
 * An additively homomorphic public-key encryption scheme over signed fixed-point decimals. Values and
 * ciphertexts cross this interface as versioned byte encodings.
 */
public interface HomomorphicScheme {

    /** @return the scheme's stable name, e.g. {@code "paillier"} */
    String name();

    /**
     * @return a fresh key pair from the scheme's {@link java.security.SecureRandom}
     */
    KeyPair generateKeyPair();

    /**
     * Encrypts with fresh randomness: equal plaintexts give different ciphertexts.
     *
     * @param publicKey encoded public key
     * @param value the value (at most the scheme's fixed-point scale of decimals)
     * @return the encoded ciphertext
     */
    Bytes encrypt(Bytes publicKey, BigDecimal value);

    /**
     * @param keyPair the key pair
     * @param ciphertext an encoded ciphertext
     * @return the exact value
     * @throws dev.eet.api.EetException if the result wrapped around the modulus (overflow is reported, never
     *         returned as a wrong number)
     */
    BigDecimal decrypt(KeyPair keyPair, Bytes ciphertext);

    /** @return Enc(a + b) */
    Bytes add(Bytes publicKey, Bytes a, Bytes b);

    /** @return Enc(a * k) for a plaintext constant k (may be negative) */
    Bytes multiply(Bytes publicKey, Bytes a, BigDecimal k);

    /**
     * An encoded key pair.
     *
     * @param publicKey the encoded public key
     * @param privateKey the encoded private key (keep secret)
     */
    record KeyPair(Bytes publicKey, Bytes privateKey) {
    }
}
