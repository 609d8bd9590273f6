package dev.eet.tck.privacy.homomorphic;

import dev.eet.api.EetException;
import dev.eet.api.InvalidArgumentException;
import dev.eet.api.privacy.HomomorphicScheme;
import dev.eet.api.privacy.HomomorphicScheme.KeyPair;
import dev.eet.api.privacy.PlaintextOverflowException;
import dev.eet.api.value.Bytes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The laws of an additively homomorphic scheme over signed decimals, as checks that return violations (empty when
 * the law holds) instead of throwing, so they can be used on their own or from the kit. Results are compared with
 * {@link BigDecimal#compareTo} (a scheme may return a larger scale).
 */
public final class HomomorphicSchemeChecker {
    private final HomomorphicScheme scheme;
    private final KeyPair keyPair;

    /**
     * @param scheme the scheme under test
     * @param keyPair a key pair of that scheme
     */
    public HomomorphicSchemeChecker(HomomorphicScheme scheme, KeyPair keyPair) {
        this.scheme = scheme;
        this.keyPair = keyPair;
    }

    private Bytes pk() {
        return keyPair.publicKey();
    }

    private Bytes enc(BigDecimal v) {
        return scheme.encrypt(pk(), v);
    }

    private List<String> expect(String law, BigDecimal expected, Supplier<Bytes> ciphertext) {
        List<String> out = new ArrayList<>();
        try {
            BigDecimal got = scheme.decrypt(keyPair, ciphertext.get());
            if (got == null || got.compareTo(expected) != 0) {
                out.add(law + ": expected " + expected.toPlainString() + " but decrypted "
                        + (got == null ? "null" : got.toPlainString()));
            }
        } catch (EetException | ArithmeticException e) {
            out.add(law + ": expected " + expected.toPlainString() + " but failed: " + e);
        }
        return out;
    }

    /**
     * @param a a value in range
     * @return violations of Dec(Enc(a)) = a
     */
    public List<String> roundTrip(BigDecimal a) {
        return expect("Dec(Enc(a)) = a for a=" + a, a, () -> enc(a));
    }

    /**
     * @param a a value in range
     * @param b a value in range
     * @return violations of Dec(Enc(a) + Enc(b)) = a + b
     */
    public List<String> addition(BigDecimal a, BigDecimal b) {
        return expect("Dec(Enc(a)+Enc(b)) = a+b for a=" + a + ", b=" + b, a.add(b),
                () -> scheme.add(pk(), enc(a), enc(b)));
    }

    /**
     * @param a a value in range
     * @param b a value in range
     * @return violations of Dec(Enc(a) - Enc(b)) = a - b
     */
    public List<String> subtraction(BigDecimal a, BigDecimal b) {
        return expect("Dec(Enc(a)-Enc(b)) = a-b for a=" + a + ", b=" + b, a.subtract(b),
                () -> scheme.subtract(pk(), enc(a), enc(b)));
    }

    /**
     * @param a a value in range
     * @param k a plaintext constant
     * @return violations of Dec(Enc(a) + k) = a + k
     */
    public List<String> plainAddition(BigDecimal a, BigDecimal k) {
        return expect("Dec(Enc(a)+k) = a+k for a=" + a + ", k=" + k, a.add(k),
                () -> scheme.addPlain(pk(), enc(a), k));
    }

    /**
     * @param a a value in range
     * @param k a plaintext constant, either sign
     * @return violations of Dec(k * Enc(a)) = k * a
     */
    public List<String> scalarMultiplication(BigDecimal a, BigDecimal k) {
        return expect("Dec(k*Enc(a)) = k*a for a=" + a + ", k=" + k, a.multiply(k),
                () -> scheme.multiply(pk(), enc(a), k));
    }

    /**
     * @param a a value in range
     * @return violations of randomised encryption and re-randomisation: two encryptions of a differ, and a
     *         re-randomised ciphertext differs from its input but decrypts to a
     */
    public List<String> randomised(BigDecimal a) {
        List<String> out = new ArrayList<>();
        Bytes c1 = enc(a);
        Bytes c2 = enc(a);
        if (c1.equals(c2)) {
            out.add("encryption is deterministic: two encryptions of " + a + " are equal");
        }
        Bytes r = scheme.rerandomize(pk(), c1);
        if (r.equals(c1)) {
            out.add("rerandomize returned the same ciphertext for " + a);
        }
        out.addAll(expect("Dec(rerandomize(Enc(a))) = a for a=" + a, a, () -> r));
        return out;
    }

    /**
     * @return violations of overflow reporting: max + max, (-max) + (-max), 2 * max and max - (-max) must each
     *         raise {@link PlaintextOverflowException} on decryption (never a wrapped number), and max itself must
     *         round-trip while max plus one unit is refused on encryption
     */
    public List<String> overflowReported() {
        List<String> out = new ArrayList<>();
        BigDecimal max = scheme.maxMagnitude(pk());
        out.addAll(roundTrip(max));
        out.addAll(roundTrip(max.negate()));
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scheme.scale());
        try {
            enc(max.add(unit));
            out.add("encrypting maxMagnitude + one unit was accepted");
        } catch (InvalidArgumentException expected) {
            // refused, as required
        }
        overflow(out, "max + max", () -> scheme.add(pk(), enc(max), enc(max)));
        overflow(out, "(-max) + (-max)", () -> scheme.add(pk(), enc(max.negate()), enc(max.negate())));
        overflow(out, "2 * max", () -> scheme.multiply(pk(), enc(max), BigDecimal.valueOf(2)));
        overflow(out, "max - (-max)", () -> scheme.subtract(pk(), enc(max), enc(max.negate())));
        overflow(out, "max + max/2 (plain)", () -> scheme.addPlain(pk(), enc(max),
                max.divideToIntegralValue(BigDecimal.valueOf(2))));
        return out;
    }

    private void overflow(List<String> out, String what, Supplier<Bytes> ciphertext) {
        Bytes c;
        try {
            c = ciphertext.get();
        } catch (PlaintextOverflowException | InvalidArgumentException refusedEarly) {
            return;  // refusing the computation itself is also "reported, never wrapped"
        }
        try {
            BigDecimal got = scheme.decrypt(keyPair, c);
            out.add(what + " overflowed but decrypted to " + got.toPlainString() + " instead of being reported");
        } catch (PlaintextOverflowException expected) {
            // reported, as required
        }
    }

    /**
     * @param ciphertext a malformed encoding
     * @return a violation unless decrypting and operating on it are refused with an InvalidArgumentException
     */
    public List<String> malformedRejected(Bytes ciphertext, String what) {
        List<String> out = new ArrayList<>();
        try {
            scheme.decrypt(keyPair, ciphertext);
            out.add(what + ": decrypt accepted a malformed ciphertext");
        } catch (InvalidArgumentException expected) {
            // refused
        } catch (RuntimeException e) {
            out.add(what + ": decrypt failed with " + e + " instead of an InvalidArgumentException");
        }
        try {
            scheme.add(pk(), ciphertext, enc(BigDecimal.ONE));
            out.add(what + ": add accepted a malformed ciphertext");
        } catch (InvalidArgumentException expected) {
            // refused
        } catch (RuntimeException e) {
            out.add(what + ": add failed with " + e + " instead of an InvalidArgumentException");
        }
        return out;
    }
}
