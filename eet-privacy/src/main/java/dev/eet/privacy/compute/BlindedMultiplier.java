package dev.eet.privacy.compute;

import dev.eet.api.InvalidArgumentException;
import dev.eet.privacy.paillier.PaillierCiphertext;
import dev.eet.privacy.paillier.PaillierEncryptor;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * The evaluator's side of the blinded multiplication round. To multiply Enc(x) and Enc(y) (|x|, |y| &lt;
 * 2^valueBits in units) the evaluator draws r1, r2 uniform in [0, 2^(valueBits + statisticalBits)), sends
 * Enc(x) * Enc(r1) = Enc(x + r1) and Enc(y + r2) (fresh randomness from the Enc(r) factors), receives
 * Enc((x + r1)(y + r2)) from the key holder, and removes the blinding homomorphically:
 * Enc(xy) = Enc((x+r1)(y+r2)) * Enc(x)^(-r2) * Enc(y)^(-r1) * Enc(-r1 r2). x + r1 is statistically close (distance
 * below 2^-statisticalBits) to a value independent of x, so the key holder learns nothing useful about x or y.
 */
public final class BlindedMultiplier {
    /** Default bound on input magnitudes in units: 2^128 (EET fixed-point values and their differences fit). */
    public static final int DEFAULT_VALUE_BITS = 128;
    /** Default statistical hiding parameter: blinding values 80 bits longer than the inputs. */
    public static final int DEFAULT_STATISTICAL_BITS = 80;

    private final PaillierEncryptor encryptor;
    private final BlindedProductService keyHolder;
    private final SecureRandom random;
    private final int blindBits;

    /**
     * @param encryptor the evaluator's encryptor under the key holder's public key
     * @param keyHolder the key holder's service
     * @param random the evaluator's generator of blinding values
     * @param valueBits public bound on |x| in units
     * @param statisticalBits the statistical hiding parameter (at least 40)
     */
    public BlindedMultiplier(PaillierEncryptor encryptor, BlindedProductService keyHolder, SecureRandom random,
            int valueBits, int statisticalBits) {
        this.encryptor = Objects.requireNonNull(encryptor, "encryptor");
        this.keyHolder = Objects.requireNonNull(keyHolder, "keyHolder");
        this.random = Objects.requireNonNull(random, "random");
        if (valueBits < 1 || statisticalBits < 40) {
            throw new InvalidArgumentException("blinded multiplier", "statisticalBits",
                    "valueBits must be positive and statisticalBits at least 40");
        }
        this.blindBits = valueBits + statisticalBits;
        // (x + r)(y + r) < 2^(2 * (blindBits + 1)) must stay below n/3
        if (2 * (blindBits + 1) + 2 >= encryptor.publicKey().bits()) {
            throw new InvalidArgumentException("blinded multiplier", "valueBits",
                    "products of blinded values would not fit the " + encryptor.publicKey().bits() + "-bit key");
        }
    }

    /**
     * @param encryptor the evaluator's encryptor
     * @param keyHolder the key holder's service
     * @param random the evaluator's generator
     * @return a multiplier with the default bounds
     */
    public static BlindedMultiplier create(PaillierEncryptor encryptor, BlindedProductService keyHolder,
            SecureRandom random) {
        return new BlindedMultiplier(encryptor, keyHolder, random, DEFAULT_VALUE_BITS, DEFAULT_STATISTICAL_BITS);
    }

    /** @return the evaluator's encryptor */
    public PaillierEncryptor encryptor() {
        return encryptor;
    }

    /**
     * One round with the key holder.
     *
     * @param x Enc(x) at scale sx
     * @param y Enc(y) at scale sy
     * @return Enc(x * y) at scale sx + sy
     */
    public PaillierCiphertext multiply(PaillierCiphertext x, PaillierCiphertext y) {
        int scale = x.scale() + y.scale();
        BigInteger r1 = new BigInteger(blindBits, random);
        BigInteger r2 = new BigInteger(blindBits, random);
        PaillierCiphertext bx = x.add(encryptor.encryptUnits(r1, x.scale()));
        PaillierCiphertext by = y.add(encryptor.encryptUnits(r2, y.scale()));
        PaillierCiphertext p = keyHolder.multiplyBlinded(bx, by).withUnitsAtScale(scale);
        return p.add(x.multiplyUnits(r2.negate()).withUnitsAtScale(scale))
                .add(y.multiplyUnits(r1.negate()).withUnitsAtScale(scale))
                .addPlainUnits(r1.multiply(r2).negate());
    }

    /**
     * One round with the key holder (the key holder multiplies Enc(x + r) by itself).
     *
     * @param x Enc(x) at scale s
     * @return Enc(x^2) at scale 2s
     */
    public PaillierCiphertext square(PaillierCiphertext x) {
        int scale = 2 * x.scale();
        BigInteger r = new BigInteger(blindBits, random);
        PaillierCiphertext bx = x.add(encryptor.encryptUnits(r, x.scale()));
        PaillierCiphertext p = keyHolder.multiplyBlinded(bx, bx).withUnitsAtScale(scale);
        return p.add(x.multiplyUnits(r.shiftLeft(1).negate()).withUnitsAtScale(scale))
                .addPlainUnits(r.multiply(r).negate());
    }
}
