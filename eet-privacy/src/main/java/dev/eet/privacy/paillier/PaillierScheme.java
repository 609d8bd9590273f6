package dev.eet.privacy.paillier;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.privacy.HomomorphicScheme;
import dev.eet.api.value.Bytes;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code "paillier"} {@link HomomorphicScheme}: the byte-level face of this package. Values are encrypted at
 * scale {@value PaillierEncoding#DEFAULT_SCALE}. Decoded keys, their encryptors (whose DJN tables are costly) and
 * decryptors (private-key decoding re-checks primality) are cached for the last few keys used, keyed by their
 * encodings. Thread-safe.
 */
public final class PaillierScheme implements HomomorphicScheme {
    private static final int CACHE_SIZE = 8;

    private final int bits;
    private final int minBits;
    private final RandomiserMode mode;
    private final SecureRandom random;
    private final Map<Bytes, PaillierDecryptor> decryptors = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Bytes, PaillierDecryptor> eldest) {
            return size() > CACHE_SIZE;
        }
    };
    private final Map<Bytes, PaillierEncryptor> encryptors = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Bytes, PaillierEncryptor> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /**
     * @param bits the modulus size of generated keys
     * @param minBits the smallest modulus accepted, {@link PaillierPublicKey#MIN_BITS} unless short test keys are
     *        explicitly allowed
     * @param mode how encryptions are randomised
     * @param random the one generator all randomness comes from
     */
    public PaillierScheme(int bits, int minBits, RandomiserMode mode, SecureRandom random) {
        if (minBits < PaillierPublicKey.MIN_TEST_BITS) {
            throw new InvalidArgumentException("homomorphic scheme paillier", "minBits", "must be at least "
                    + PaillierPublicKey.MIN_TEST_BITS + ", was " + minBits);
        }
        if (bits < minBits) {
            throw new InvalidArgumentException("homomorphic scheme paillier", "bits", "must be at least " + minBits
                    + ", was " + bits);
        }
        this.bits = bits;
        this.minBits = minBits;
        this.mode = Objects.requireNonNull(mode, "mode");
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public String name() {
        return "paillier";
    }

    @Override
    public KeyPair generateKeyPair() {
        PaillierKeyPair kp = PaillierKeyGenerator.generate(bits, minBits, random);
        return new KeyPair(kp.publicKey().encode(), kp.privateKey().encode());
    }

    @Override
    public int scale() {
        return PaillierEncoding.DEFAULT_SCALE;
    }

    @Override
    public BigDecimal maxMagnitude(Bytes publicKey) {
        return PaillierEncoding.toDecimal(key(publicKey).maxMagnitude(), scale());
    }

    @Override
    public Bytes encrypt(Bytes publicKey, BigDecimal value) {
        return encryptor(publicKey).encrypt(value).encode();
    }

    @Override
    public BigDecimal decrypt(KeyPair keyPair, Bytes ciphertext) {
        Objects.requireNonNull(keyPair, "keyPair");
        PaillierDecryptor dec = decryptor(keyPair);
        return dec.decrypt(PaillierCiphertext.decode(dec.publicKey(), ciphertext));
    }

    @Override
    public Bytes add(Bytes publicKey, Bytes a, Bytes b) {
        PaillierPublicKey pk = key(publicKey);
        return PaillierCiphertext.decode(pk, a).add(PaillierCiphertext.decode(pk, b)).encode();
    }

    @Override
    public Bytes addPlain(Bytes publicKey, Bytes a, BigDecimal k) {
        return PaillierCiphertext.decode(key(publicKey), a).addPlain(k).encode();
    }

    @Override
    public Bytes subtract(Bytes publicKey, Bytes a, Bytes b) {
        PaillierPublicKey pk = key(publicKey);
        return PaillierCiphertext.decode(pk, a).subtract(PaillierCiphertext.decode(pk, b)).encode();
    }

    @Override
    public Bytes multiply(Bytes publicKey, Bytes a, BigDecimal k) {
        return PaillierCiphertext.decode(key(publicKey), a).multiply(k).encode();
    }

    @Override
    public Bytes rerandomize(Bytes publicKey, Bytes a) {
        PaillierEncryptor enc = encryptor(publicKey);
        return enc.rerandomize(PaillierCiphertext.decode(enc.publicKey(), a)).encode();
    }

    private PaillierDecryptor decryptor(KeyPair keyPair) {
        if (keyPair.privateKey() == null || keyPair.publicKey() == null) {
            throw new InvalidArgumentException("paillier key pair", "privateKey", "is missing");
        }
        synchronized (decryptors) {
            PaillierDecryptor d = decryptors.get(keyPair.privateKey());
            if (d != null && d.publicKey().encode().equals(keyPair.publicKey())) {
                return d;
            }
        }
        PaillierPrivateKey sk = PaillierPrivateKey.decode(keyPair.privateKey(), minBits);
        if (!sk.publicKey().encode().equals(keyPair.publicKey())) {
            throw new InvalidArgumentException("paillier key pair", "privateKey", "does not match the public key");
        }
        PaillierDecryptor d = PaillierDecryptor.create(sk, random);
        synchronized (decryptors) {
            decryptors.put(keyPair.privateKey(), d);
        }
        return d;
    }

    private PaillierPublicKey key(Bytes publicKey) {
        return encryptor(publicKey).publicKey();
    }

    private PaillierEncryptor encryptor(Bytes publicKey) {
        if (publicKey == null) {
            throw new InvalidArgumentException("paillier public key", "encoding", "is missing");
        }
        synchronized (encryptors) {
            PaillierEncryptor e = encryptors.get(publicKey);
            if (e != null) {
                return e;
            }
        }
        PaillierEncryptor e = PaillierEncryptor.create(PaillierPublicKey.decode(publicKey, minBits), random, mode);
        synchronized (encryptors) {
            encryptors.put(publicKey, e);
        }
        return e;
    }

    @Override
    public String toString() {
        return "PaillierScheme[bits=" + bits + ", mode=" + mode + "]";
    }

}
