package dev.eet.privacy.workflow;

import dev.eet.api.value.Bytes;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Objects;

/**
 * A trusted device's signing key (ECDSA P-256, JDK provider): routers attest capacity and actuals, recharge
 * interfaces attest deposits, service nodes attest match records.
 */
public final class Attester {
    private final String name;
    private final KeyPair keys;
    private final SecureRandom random;

    /**
     * @param name the device's registered name
     * @param keys its ECDSA P-256 key pair
     * @param random signing randomness
     */
    public Attester(String name, KeyPair keys, SecureRandom random) {
        this.name = Objects.requireNonNull(name, "name");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * @param name the device's name
     * @param random key generation and signing randomness
     * @return a device with a fresh P-256 key
     */
    public static Attester generate(String name, SecureRandom random) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"), random);
            return new Attester(name, g.generateKeyPair(), random);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK lacks ECDSA P-256", e);
        }
    }

    /** @return the registered name */
    public String name() {
        return name;
    }

    /** @return the public key verifiers register */
    public PublicKey publicKey() {
        return keys.getPublic();
    }

    /**
     * @param body the record body
     * @return the attestation
     */
    public Attestation attest(byte[] body) {
        try {
            Signature s = Signature.getInstance("SHA256withECDSA");
            s.initSign(keys.getPrivate(), random);
            s.update(body);
            return new Attestation(name, Bytes.of(s.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing failed", e);
        }
    }

    /**
     * @param key the attester's public key
     * @param body the record body
     * @param attestation the attestation
     * @return whether the signature is valid (malformed signatures give false)
     */
    public static boolean verify(PublicKey key, byte[] body, Attestation attestation) {
        try {
            Signature s = Signature.getInstance("SHA256withECDSA");
            s.initVerify(key);
            s.update(body);
            return s.verify(attestation.signature().toArray());
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
