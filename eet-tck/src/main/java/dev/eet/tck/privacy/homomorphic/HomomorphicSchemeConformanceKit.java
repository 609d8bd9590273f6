package dev.eet.tck.privacy.homomorphic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.privacy.HomomorphicScheme;
import dev.eet.api.privacy.HomomorphicScheme.KeyPair;
import dev.eet.api.value.Bytes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Conformance kit for {@link HomomorphicScheme} implementations (privacy.md section 1): correctness of the
 * homomorphism on signed decimals, randomised encryption, overflow reported and never wrapped, malformed input
 * refused. A conformance test is a few lines:
 *
 * <pre>{@code
 * class MySchemeConformanceTest extends HomomorphicSchemeConformanceKit {
 *     @Override
 *     protected HomomorphicScheme createScheme() {
 *         return new MyScheme(smallTestKeySize);
 *     }
 * }
 * }</pre>
 *
 * The kit creates one scheme and generates one key pair per concrete test class (key generation is slow), so
 * return a scheme configured with a short test key size for speed; the laws do not depend on the key size.
 */
public abstract class HomomorphicSchemeConformanceKit {
    private static final Map<Class<?>, HomomorphicScheme> SCHEMES = new ConcurrentHashMap<>();
    private static final Map<Class<?>, KeyPair> KEYS = new ConcurrentHashMap<>();

    /** @return a new scheme (called once per test class) */
    protected abstract HomomorphicScheme createScheme();

    /** @return the scheme shared by this test class */
    protected final HomomorphicScheme scheme() {
        return SCHEMES.computeIfAbsent(getClass(), c -> createScheme());
    }

    /** @return the key pair shared by this test class */
    protected final KeyPair keyPair() {
        return KEYS.computeIfAbsent(getClass(), c -> scheme().generateKeyPair());
    }

    /** @return the checker over this class's scheme and key pair */
    protected final HomomorphicSchemeChecker checker() {
        return new HomomorphicSchemeChecker(scheme(), keyPair());
    }

    /** @return the largest magnitude, in units at the scheme's scale, of generated values (default 10^18) */
    protected BigInteger maxGeneratedUnits() {
        return BigInteger.TEN.pow(18);
    }

    private static void none(List<String> violations) {
        assertTrue(violations.isEmpty(), () -> String.join("\n", violations));
    }

    private Bytes pk() {
        return keyPair().publicKey();
    }

    /** Hand-written examples every scheme must get right. */
    @Nested
    class Examples {
        @Test
        void nameIsStable() {
            assertTrue(scheme().name().matches("[a-z0-9-]+"), scheme().name());
        }

        @Test
        void sumOfSignedDecimals() {
            none(checker().addition(new BigDecimal("12.5"), new BigDecimal("-2.25")));
        }

        @Test
        void negativeAndDecimalConstants() {
            none(checker().scalarMultiplication(new BigDecimal("4.000001"), new BigDecimal("-3")));
            none(checker().scalarMultiplication(new BigDecimal("-0.5"), new BigDecimal("-0.25")));
            none(checker().scalarMultiplication(new BigDecimal("7"), BigDecimal.ZERO));
        }

        @Test
        void subtractionAndPlainAddition() {
            none(checker().subtraction(new BigDecimal("1"), new BigDecimal("1.000001")));
            none(checker().plainAddition(new BigDecimal("-3"), new BigDecimal("0.125")));
        }

        @Test
        void encryptionIsRandomised() {
            none(checker().randomised(BigDecimal.ZERO));
            none(checker().randomised(new BigDecimal("1.5")));
        }

        @Test
        void overflowIsReportedNeverWrapped() {
            none(checker().overflowReported());
        }

        @Test
        void tooManyDecimalsIsRefused() {
            BigDecimal v = BigDecimal.ONE.movePointLeft(scheme().scale() + 1);
            assertThrows(InvalidArgumentException.class, () -> scheme().encrypt(pk(), v));
        }

        @Test
        void malformedCiphertextsAreRefused() {
            byte[] good = scheme().encrypt(pk(), BigDecimal.TEN).toArray();
            byte[] version = good.clone();
            version[0] = (byte) (version[0] + 1);
            none(checker().malformedRejected(Bytes.EMPTY, "empty"));
            none(checker().malformedRejected(Bytes.of(version), "unknown version"));
            none(checker().malformedRejected(Bytes.of(Arrays.copyOf(good, good.length - 1)), "truncated"));
            none(checker().malformedRejected(Bytes.of(Arrays.copyOf(good, good.length + 1)), "extended"));
        }

        @Test
        void malformedPublicKeyIsRefused() {
            byte[] key = pk().toArray();
            key[0] = (byte) (key[0] + 1);
            assertThrows(InvalidArgumentException.class, () -> scheme().encrypt(Bytes.of(key), BigDecimal.ONE));
            assertThrows(InvalidArgumentException.class, () -> scheme().encrypt(Bytes.EMPTY, BigDecimal.ONE));
        }

        @Test
        void ciphertextsOfAnotherKeyAreRefusedOrUnrelated() {
            KeyPair other = scheme().generateKeyPair();
            assertNotEquals(other.publicKey(), pk());
            Bytes foreign = scheme().encrypt(other.publicKey(), BigDecimal.ONE);
            try {
                BigDecimal v = scheme().decrypt(keyPair(), foreign);
                assertNotEquals(0, BigDecimal.ONE.compareTo(v), "another key's ciphertext decrypted to its value");
            } catch (InvalidArgumentException | dev.eet.api.privacy.PlaintextOverflowException refused) {
                // refused, as expected
            }
        }

        @Test
        void keyPairNeverPrintsThePrivateKey() {
            assertFalse(keyPair().toString().contains(keyPair().privateKey().toHex()));
        }

        @Test
        void maxMagnitudeIsPositive() {
            assertEquals(1, scheme().maxMagnitude(pk()).signum());
        }
    }

    /**
     * @param a a value in range
     */
    @Property(tries = 60)
    void decryptionInvertsEncryption(@ForAll("values") BigDecimal a) {
        none(checker().roundTrip(a));
    }

    /**
     * @param a a value in range
     * @param b a value in range
     */
    @Property(tries = 60)
    void additionIsHomomorphic(@ForAll("values") BigDecimal a, @ForAll("values") BigDecimal b) {
        none(checker().addition(a, b));
    }

    /**
     * @param a a value in range
     * @param b a value in range
     */
    @Property(tries = 40)
    void subtractionIsHomomorphic(@ForAll("values") BigDecimal a, @ForAll("values") BigDecimal b) {
        none(checker().subtraction(a, b));
    }

    /**
     * @param a a value in range
     * @param k a signed constant
     */
    @Property(tries = 60)
    void scalarMultiplicationIsHomomorphic(@ForAll("values") BigDecimal a, @ForAll("constants") BigDecimal k) {
        none(checker().scalarMultiplication(a, k));
    }

    /**
     * @param a a value in range
     * @param k a signed constant
     */
    @Property(tries = 40)
    void plainAdditionIsHomomorphic(@ForAll("values") BigDecimal a, @ForAll("constants") BigDecimal k) {
        none(checker().plainAddition(a, k));
    }

    /**
     * @param a a value in range
     */
    @Property(tries = 30)
    void encryptionIsRandomised(@ForAll("values") BigDecimal a) {
        none(checker().randomised(a));
    }

    /** @return generated values at the scheme's scale */
    @Provide
    Arbitrary<BigDecimal> values() {
        return DecimalArbitraries.values(scheme().scale(), maxGeneratedUnits());
    }

    /** @return generated constants */
    @Provide
    Arbitrary<BigDecimal> constants() {
        return DecimalArbitraries.constants();
    }
}
