package dev.eet.privacy.compute;

import dev.eet.privacy.paillier.PaillierCiphertext;
import dev.eet.privacy.paillier.PaillierDecryptor;
import dev.eet.privacy.paillier.PaillierEncryptor;
import dev.eet.privacy.paillier.PaillierPrivateKey;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The key holder (the supervisor of privacy.md section 5) in the two-party protocols: it answers blinded
 * multiplications, decides blinded tolerance tests and decrypts final results. Every plaintext it obtains passes
 * through one {@link Consumer} "view", so a test (or an auditor) can see exactly what the key holder learned.
 */
public final class KeyHolder implements BlindedProductService {
    private final PaillierDecryptor decryptor;
    private final PaillierEncryptor encryptor;
    private final Consumer<BigInteger> view;

    /**
     * @param key the private key
     * @param random the one generator (blinding of decryptions, fresh encryptions)
     */
    public KeyHolder(PaillierPrivateKey key, SecureRandom random) {
        this(key, random, v -> { });
    }

    /**
     * @param key the private key
     * @param random the one generator
     * @param view receives every integer plaintext the key holder decrypts, in order
     */
    public KeyHolder(PaillierPrivateKey key, SecureRandom random, Consumer<BigInteger> view) {
        Objects.requireNonNull(key, "key");
        this.decryptor = PaillierDecryptor.create(key, random);
        this.encryptor = PaillierEncryptor.standard(key.publicKey(), random);
        this.view = Objects.requireNonNull(view, "view");
    }

    private BigInteger open(PaillierCiphertext c) {
        BigInteger units = decryptor.decryptUnits(c);
        view.accept(units);
        return units;
    }

    @Override
    public PaillierCiphertext multiplyBlinded(PaillierCiphertext blindedX, PaillierCiphertext blindedY) {
        BigInteger a = open(blindedX);
        BigInteger b = open(blindedY);
        return encryptor.encryptUnits(a.multiply(b), blindedX.scale() + blindedY.scale());
    }

    /**
     * @param test the settler's blinded tolerance test
     * @return the deviation rule's outcome; the key holder learns only this (see {@code COMPUTING.md})
     */
    public ToleranceDecision decide(BlindedTolerance test) {
        boolean aboveLower = open(test.lower()).signum() > 0;
        boolean belowUpper = open(test.upper()).signum() > 0;
        if (!aboveLower) {
            return ToleranceDecision.BELOW;
        }
        return belowUpper ? ToleranceDecision.WITHIN : ToleranceDecision.ABOVE;
    }

    /**
     * Decrypts a final result the protocol intends the key holder to learn (a score, or a deviation when the
     * policy is to disclose it).
     *
     * @param result the ciphertext
     * @return its exact value
     */
    public BigDecimal decryptResult(PaillierCiphertext result) {
        return new BigDecimal(open(result), result.scale());
    }
}
