package dev.eet.privacy.paillier.bench;

import com.n1analytics.paillier.EncryptedNumber;
import com.n1analytics.paillier.PaillierContext;
import dev.eet.privacy.paillier.PaillierCiphertext;
import dev.eet.privacy.paillier.PaillierDecryptor;
import dev.eet.privacy.paillier.PaillierEncryptor;
import dev.eet.privacy.paillier.PaillierKeyPair;
import dev.eet.privacy.paillier.RandomiserMode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * EET Paillier beside javallier 0.6.0 (com.n1analytics) at the same key size, average time per operation.
 * javallier's "secure" encryption is {@code context.encrypt(x).calculateCiphertext()} (its encrypt defers the
 * r^n obfuscation until the ciphertext is needed); EET's encryption is always randomised.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PaillierBenchmark {
    @Param({"2048", "3072"})
    public int bits;

    private static final BigDecimal VALUE = new BigDecimal("12345.678901");
    private static final BigDecimal K = new BigDecimal("1234567");

    private PaillierEncryptor standard;
    private PaillierEncryptor djn;
    private PaillierDecryptor blinded;
    private PaillierDecryptor unblinded;
    private PaillierCiphertext c1;
    private PaillierCiphertext c2;

    private PaillierContext context;
    private com.n1analytics.paillier.PaillierPrivateKey javallierKey;
    private EncryptedNumber j1;
    private EncryptedNumber j2;

    /** Generates both libraries' keys once per trial. */
    @Setup
    public void setUp() {
        SecureRandom random = new SecureRandom();
        PaillierKeyPair kp = PaillierKeyPair.generate(bits, random);
        standard = PaillierEncryptor.standard(kp.publicKey(), random);
        djn = PaillierEncryptor.create(kp.publicKey(), random, RandomiserMode.DJN);
        blinded = PaillierDecryptor.create(kp.privateKey(), random);
        unblinded = PaillierDecryptor.unblinded(kp.privateKey());
        c1 = standard.encrypt(VALUE);
        c2 = standard.encrypt(VALUE.negate());

        javallierKey = com.n1analytics.paillier.PaillierPrivateKey.create(bits);
        context = javallierKey.getPublicKey().createSignedContext();
        j1 = context.encrypt(VALUE.doubleValue()).getSafeEncryptedNumber();
        j2 = context.encrypt(-VALUE.doubleValue()).getSafeEncryptedNumber();
    }

    /** @return a fresh EET ciphertext, textbook r^n randomiser */
    @Benchmark
    public PaillierCiphertext eetEncryptStandard() {
        return standard.encrypt(VALUE);
    }

    /** @return a fresh EET ciphertext, DJN short-exponent randomiser from the fixed-base table */
    @Benchmark
    public PaillierCiphertext eetEncryptDjn() {
        return djn.encrypt(VALUE);
    }

    /** @return javallier's secure (obfuscated) encryption */
    @Benchmark
    public BigInteger javallierEncryptSecure() {
        return context.encrypt(VALUE.doubleValue()).calculateCiphertext();
    }

    /** @return EET CRT decryption with exponent blinding (the default) */
    @Benchmark
    public BigDecimal eetDecryptCrtBlinded() {
        return blinded.decrypt(c1);
    }

    /** @return EET CRT decryption without blinding (same algorithm as javallier's) */
    @Benchmark
    public BigDecimal eetDecryptCrtUnblinded() {
        return unblinded.decrypt(c1);
    }

    /** @return javallier decryption and decoding */
    @Benchmark
    public BigDecimal javallierDecrypt() {
        return j1.decrypt(javallierKey).decodeBigDecimal();
    }

    /** @return EET Enc(a + b) */
    @Benchmark
    public PaillierCiphertext eetAdd() {
        return c1.add(c2);
    }

    /** @return javallier Enc(a + b) */
    @Benchmark
    public EncryptedNumber javallierAdd() {
        return j1.add(j2);
    }

    /** @return EET Enc(k * a) for a positive constant */
    @Benchmark
    public PaillierCiphertext eetMultiplyPositive() {
        return c1.multiply(K);
    }

    /** @return javallier Enc(k * a) for a positive constant */
    @Benchmark
    public EncryptedNumber javallierMultiplyPositive() {
        return j1.multiply(1234567L);
    }

    /** @return EET Enc(-k * a) (ciphertext inversion) */
    @Benchmark
    public PaillierCiphertext eetMultiplyNegative() {
        return c1.multiply(K.negate());
    }

    /** @return javallier Enc(-k * a) (exponent n - k) */
    @Benchmark
    public EncryptedNumber javallierMultiplyNegative() {
        return j1.multiply(-1234567L);
    }
}
