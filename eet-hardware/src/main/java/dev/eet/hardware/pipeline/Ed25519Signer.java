package dev.eet.hardware.pipeline;

import dev.eet.api.value.Bytes;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Objects;

/**
 * Ed25519 (RFC 8032) with the JDK's own provider (Java 15+), no extra dependency. Signatures are deterministic.
 * Keys come from {@link #generate()} (the platform's strong random source) or from a 32-byte private seed
 * ({@link #fromSeed}), so a node's key can be kept as 32 bytes. {@link #verify} checks a signature against a raw
 * 32-byte public key.
 */
public final class Ed25519Signer implements Signer {
    /** DER prefix of an X.509 SubjectPublicKeyInfo holding a raw Ed25519 key (RFC 8410). */
    private static final byte[] X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private final PrivateKey privateKey;
    private final Bytes publicKey;

    private Ed25519Signer(KeyPair pair) {
        this.privateKey = pair.getPrivate();
        byte[] encoded = pair.getPublic().getEncoded();
        this.publicKey = Bytes.of(Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length));
    }

    /** @return a signer with a fresh key from a strong random source */
    public static Ed25519Signer generate() {
        try {
            return new Ed25519Signer(generator(SecureRandom.getInstanceStrong()).generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available in this JDK", e);
        }
    }

    /**
     * @param seed the 32-byte private key seed (RFC 8032 section 5.1.5)
     * @return the signer for that key
     */
    public static Ed25519Signer fromSeed(byte[] seed) {
        Objects.requireNonNull(seed, "seed");
        if (seed.length != 32) {
            throw new IllegalArgumentException("an Ed25519 seed is 32 bytes, was " + seed.length);
        }
        byte[] copy = seed.clone();
        SecureRandom fixed = new SecureRandom() {
            private static final long serialVersionUID = 1L;

            @Override
            public void nextBytes(byte[] bytes) {
                if (bytes.length != 32) {
                    throw new IllegalStateException("unexpected request for " + bytes.length + " random bytes");
                }
                System.arraycopy(copy, 0, bytes, 0, 32);
            }
        };
        try {
            return new Ed25519Signer(generator(fixed).generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available in this JDK", e);
        }
    }

    private static KeyPairGenerator generator(SecureRandom random) throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
        g.initialize(NamedParameterSpec.ED25519, random);
        return g;
    }

    @Override
    public String algorithm() {
        return "Ed25519";
    }

    @Override
    public Bytes publicKey() {
        return publicKey;
    }

    @Override
    public Bytes sign(byte[] message) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(privateKey);
            s.update(message);
            return Bytes.of(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /**
     * @param publicKey a raw 32-byte Ed25519 public key
     * @param message the signed bytes
     * @param signature the signature
     * @return whether the signature is valid (false for malformed keys or signatures)
     */
    public static boolean verify(Bytes publicKey, byte[] message, Bytes signature) {
        if (publicKey.length() != 32 || signature.length() != 64) {
            return false;
        }
        try {
            byte[] der = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + 32);
            System.arraycopy(publicKey.toArray(), 0, der, X509_PREFIX.length, 32);
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(message);
            return s.verify(signature.toArray());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
