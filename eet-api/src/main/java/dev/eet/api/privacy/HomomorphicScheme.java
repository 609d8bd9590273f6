package dev.eet.api.privacy;

import dev.eet.api.value.Bytes;
import java.math.BigDecimal;

/**
 * An additively homomorphic public-key encryption scheme over signed fixed-point decimals (privacy.md section 1).
 * Keys and ciphertexts cross this interface as stable, versioned byte encodings whose <b>first byte is the format
 * version</b>; an unknown version, a truncated or extended encoding, or an out-of-range value is rejected with an
 * {@link dev.eet.api.InvalidArgumentException} naming the thing and the field.
 *
 * <p>Values are encrypted at {@link #scale()} decimals. Homomorphic operations keep results exact: multiplying by a
 * constant with {@code s} decimals adds {@code s} to the ciphertext's scale, and adding ciphertexts of different
 * scales aligns them first. A result whose magnitude leaves the scheme's range is reported on decryption with a
 * {@link PlaintextOverflowException}, never returned as a wrong (wrapped) number.
 *
 * <pre>{@code
 * HomomorphicScheme he = ProviderRegistry.load(HomomorphicSchemeProvider.class).get("paillier").create(Config.empty());
 * HomomorphicScheme.KeyPair kp = he.generateKeyPair();
 * Bytes a = he.encrypt(kp.publicKey(), new BigDecimal("12.5"));
 * Bytes b = he.encrypt(kp.publicKey(), new BigDecimal("-2.25"));
 * he.decrypt(kp, he.add(kp.publicKey(), a, b));   // 10.25
 * }</pre>
 */
public interface HomomorphicScheme {

    /** @return the scheme's stable name, e.g. {@code "paillier"} */
    String name();

    /**
     * @return a fresh key pair from the scheme's {@link java.security.SecureRandom}, at the configured key size
     */
    KeyPair generateKeyPair();

    /** @return the number of decimals a freshly encrypted value carries (6 for EET's fixed-point values) */
    int scale();

    /**
     * @param publicKey encoded public key
     * @return the largest magnitude {@link #encrypt} accepts under this key (at {@link #scale()} decimals); results
     *         beyond it are reported as overflow on decryption
     */
    BigDecimal maxMagnitude(Bytes publicKey);

    /**
     * Encrypts with fresh randomness: equal plaintexts give different ciphertexts.
     *
     * @param publicKey encoded public key
     * @param value the value, with at most {@link #scale()} significant decimals and magnitude at most
     *        {@link #maxMagnitude(Bytes)}
     * @return the encoded ciphertext
     * @throws dev.eet.api.InvalidArgumentException if the value has too many decimals or is out of range
     */
    Bytes encrypt(Bytes publicKey, BigDecimal value);

    /**
     * @param keyPair the key pair
     * @param ciphertext an encoded ciphertext
     * @return the exact value (at the ciphertext's scale)
     * @throws PlaintextOverflowException if the result wrapped around the modulus
     */
    BigDecimal decrypt(KeyPair keyPair, Bytes ciphertext);

    /**
     * @param publicKey encoded public key
     * @param a encoded Enc(a)
     * @param b encoded Enc(b)
     * @return Enc(a + b)
     */
    Bytes add(Bytes publicKey, Bytes a, Bytes b);

    /**
     * @param publicKey encoded public key
     * @param a encoded Enc(a)
     * @param k a plaintext constant (any sign)
     * @return Enc(a + k)
     */
    Bytes addPlain(Bytes publicKey, Bytes a, BigDecimal k);

    /**
     * @param publicKey encoded public key
     * @param a encoded Enc(a)
     * @param b encoded Enc(b)
     * @return Enc(a - b)
     */
    default Bytes subtract(Bytes publicKey, Bytes a, Bytes b) {
        return add(publicKey, a, multiply(publicKey, b, BigDecimal.ONE.negate()));
    }

    /**
     * @param publicKey encoded public key
     * @param a encoded Enc(a)
     * @param k a plaintext constant (may be negative or have decimals)
     * @return Enc(a * k)
     */
    Bytes multiply(Bytes publicKey, Bytes a, BigDecimal k);

    /**
     * @param publicKey encoded public key
     * @param a encoded Enc(a)
     * @return a fresh, unlinkable encryption of the same value
     */
    Bytes rerandomize(Bytes publicKey, Bytes a);

    /**
     * An encoded key pair.
     *
     * @param publicKey the encoded public key
     * @param privateKey the encoded private key (keep secret)
     */
    record KeyPair(Bytes publicKey, Bytes privateKey) {
        /** Never prints the private key. */
        @Override
        public String toString() {
            return "KeyPair[publicKey=" + publicKey.length() + " bytes, privateKey=<redacted>]";
        }
    }
}
