package dev.eet.tck.privacy.homomorphic;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.privacy.HomomorphicScheme;
import dev.eet.api.privacy.PlaintextOverflowException;
import dev.eet.api.value.Bytes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.Random;

/**
 * A functionally correct but NON-hiding "scheme" (the plaintext is in the ciphertext next to a random nonce),
 * with switches that break one law each, to prove the kit's checker catches broken implementations.
 */
final class ToyScheme implements HomomorphicScheme {
    enum Defect { NONE, DETERMINISTIC, WRAPS_SILENTLY, WRONG_ADD, DROPS_NEGATIVE_SIGN }

    static final BigInteger MAX = BigInteger.TEN.pow(30);
    private final Defect defect;
    private final Random random = new Random(1);

    ToyScheme(Defect defect) {
        this.defect = defect;
    }

    @Override
    public String name() {
        return "toy";
    }

    @Override
    public KeyPair generateKeyPair() {
        byte[] id = new byte[9];
        random.nextBytes(id);
        id[0] = 1;
        return new KeyPair(Bytes.of(id), Bytes.of(id));
    }

    @Override
    public int scale() {
        return 6;
    }

    @Override
    public BigDecimal maxMagnitude(Bytes publicKey) {
        key(publicKey);
        return new BigDecimal(MAX, 6);
    }

    private static void key(Bytes pk) {
        if (pk.length() != 9 || pk.get(0) != 1) {
            throw new InvalidArgumentException("toy key", "encoding", "malformed");
        }
    }

    private Bytes ct(Bytes key, BigInteger units, int scale) {
        if (defect == Defect.WRAPS_SILENTLY) {
            BigInteger m = MAX.shiftLeft(1).add(BigInteger.ONE);
            units = units.add(MAX).mod(m).subtract(MAX);
        }
        byte[] u = units.toByteArray();
        ByteBuffer b = ByteBuffer.allocate(1 + 9 + 8 + 1 + 2 + u.length);
        b.put((byte) 1).put(key.toArray()).putLong(defect == Defect.DETERMINISTIC ? 0 : random.nextLong()).put((byte) scale)
                .putShort((short) u.length).put(u);
        return Bytes.of(b.array());
    }

    private record Plain(Bytes key, BigInteger units, int scale) {
        BigDecimal value() {
            return new BigDecimal(units, scale);
        }
    }

    private static Plain read(Bytes c) {
        ByteBuffer b = ByteBuffer.wrap(c.toArray());
        try {
            if (b.get() != 1) {
                throw new InvalidArgumentException("toy ciphertext", "version", "unknown");
            }
            byte[] key = new byte[9];
            b.get(key);
            b.getLong();
            int scale = b.get();
            byte[] u = new byte[b.getShort()];
            b.get(u);
            if (b.hasRemaining() || u.length == 0) {
                throw new InvalidArgumentException("toy ciphertext", "encoding", "wrong length");
            }
            return new Plain(Bytes.of(key), new BigInteger(u), scale);
        } catch (java.nio.BufferUnderflowException e) {
            throw new InvalidArgumentException("toy ciphertext", "encoding", "truncated");
        }
    }

    private Bytes of(Bytes key, BigDecimal v) {
        return ct(key, v.unscaledValue(), v.scale());
    }

    @Override
    public Bytes encrypt(Bytes publicKey, BigDecimal value) {
        key(publicKey);
        BigInteger u;
        try {
            u = value.setScale(6).unscaledValue();
        } catch (ArithmeticException e) {
            throw new InvalidArgumentException("toy plaintext", "value", "too many decimals");
        }
        if (u.abs().compareTo(MAX) > 0) {
            throw new InvalidArgumentException("toy plaintext", "value", "out of range");
        }
        return ct(publicKey, u, 6);
    }

    @Override
    public BigDecimal decrypt(KeyPair keyPair, Bytes ciphertext) {
        Plain p = read(ciphertext);
        if (!p.key().equals(keyPair.publicKey())) {
            throw new InvalidArgumentException("toy ciphertext", "key", "another key");
        }
        if (p.units.abs().compareTo(MAX) > 0) {
            throw new PlaintextOverflowException("toy: overflow");
        }
        BigDecimal v = p.value();
        return defect == Defect.DROPS_NEGATIVE_SIGN ? v.abs() : v;
    }

    @Override
    public Bytes add(Bytes publicKey, Bytes a, Bytes b) {
        BigDecimal s = read(a).value().add(read(b).value());
        return of(publicKey, defect == Defect.WRONG_ADD && s.signum() != 0 ? s.add(BigDecimal.ONE) : s);
    }

    @Override
    public Bytes addPlain(Bytes publicKey, Bytes a, BigDecimal k) {
        return of(publicKey, read(a).value().add(k));
    }

    @Override
    public Bytes multiply(Bytes publicKey, Bytes a, BigDecimal k) {
        return of(publicKey, read(a).value().multiply(k));
    }

    @Override
    public Bytes rerandomize(Bytes publicKey, Bytes a) {
        return of(publicKey, read(a).value());
    }
}
