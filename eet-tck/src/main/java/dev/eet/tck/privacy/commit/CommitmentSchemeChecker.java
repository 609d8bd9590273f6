package dev.eet.tck.privacy.commit;

import dev.eet.api.privacy.CommitmentScheme;
import dev.eet.api.value.Bytes;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The guarantees every {@link CommitmentScheme} gives, as checks that return violations (empty when the scheme
 * behaves). Usable on its own, e.g. from a vendor's smoke test; {@link CommitmentSchemeConformanceKit} runs them.
 */
public final class CommitmentSchemeChecker {
    private final CommitmentScheme scheme;

    /** @param scheme the scheme under test */
    public CommitmentSchemeChecker(CommitmentScheme scheme) {
        this.scheme = scheme;
    }

    /**
     * Correct openings verify; a wrong value, a wrong blinding or a mangled commitment does not (binding).
     *
     * @param value a value in the scheme's range (value + 1 must be too)
     * @return violations
     */
    public List<String> binding(BigInteger value) {
        List<String> v = new ArrayList<>();
        BigInteger r = scheme.randomBlinding();
        Bytes c = scheme.commit(value, r);
        if (!scheme.verifyOpening(c, value, r)) {
            v.add("correct opening (" + value + ") rejected");
        }
        if (scheme.verifyOpening(c, value.add(BigInteger.ONE), r)) {
            v.add("wrong value " + value.add(BigInteger.ONE) + " accepted for a commitment to " + value);
        }
        BigInteger other = scheme.randomBlinding();
        if (!other.equals(r) && scheme.verifyOpening(c, value, other)) {
            v.add("wrong blinding accepted");
        }
        byte[] mangled = c.toArray();
        mangled[mangled.length - 1] ^= 1;
        if (safeVerify(Bytes.of(mangled), value, r)) {
            v.add("mangled commitment accepted");
        }
        if (safeVerify(Bytes.EMPTY, value, r)) {
            v.add("empty commitment accepted");
        }
        return v;
    }

    private boolean safeVerify(Bytes c, BigInteger value, BigInteger r) {
        try {
            return scheme.verifyOpening(c, value, r);
        } catch (RuntimeException e) {
            return false; // malformed input should give false; an exception is reported by malformedInput()
        }
    }

    /**
     * Malformed commitments give {@code false}, never an exception.
     *
     * @return violations
     */
    public List<String> malformedInput() {
        List<String> v = new ArrayList<>();
        for (Bytes bad : List.of(Bytes.EMPTY, Bytes.of(new byte[] {0}), Bytes.of(new byte[33]),
                Bytes.of(new byte[200]))) {
            try {
                if (scheme.verifyOpening(bad, BigInteger.ONE, scheme.randomBlinding())) {
                    v.add("malformed commitment " + bad + " accepted");
                }
            } catch (RuntimeException e) {
                v.add("malformed commitment " + bad + " threw " + e);
            }
        }
        return v;
    }

    /**
     * Fresh blindings differ, and the same value committed twice with fresh blindings gives different
     * commitments (hiding needs fresh randomness); committing is deterministic given the blinding.
     *
     * @param value a value in range
     * @param samples how many commitments to draw
     * @return violations
     */
    public List<String> hiding(BigInteger value, int samples) {
        List<String> v = new ArrayList<>();
        Set<BigInteger> blindings = new HashSet<>();
        Set<Bytes> commitments = new HashSet<>();
        for (int i = 0; i < samples; i++) {
            BigInteger r = scheme.randomBlinding();
            blindings.add(r);
            Bytes c = scheme.commit(value, r);
            commitments.add(c);
            if (!c.equals(scheme.commit(value, r))) {
                v.add("commit is not deterministic given the blinding");
            }
        }
        if (blindings.size() != samples) {
            v.add("randomBlinding repeated a value in " + samples + " draws");
        }
        if (commitments.size() != samples) {
            v.add("equal values with fresh blindings gave equal commitments");
        }
        return v;
    }

    /**
     * For {@linkplain CommitmentScheme#homomorphic() homomorphic} schemes: add, subtract and multiply open to the
     * combined values and blindings. Non-homomorphic schemes must refuse with
     * {@link UnsupportedOperationException}.
     *
     * @param a first value
     * @param b second value
     * @param k a constant
     * @return violations
     */
    public List<String> homomorphism(BigInteger a, BigInteger b, BigInteger k) {
        List<String> v = new ArrayList<>();
        BigInteger r = scheme.randomBlinding();
        BigInteger s = scheme.randomBlinding();
        Bytes ca = scheme.commit(a, r);
        Bytes cb = scheme.commit(b, s);
        if (!scheme.homomorphic()) {
            try {
                scheme.add(ca, cb);
                v.add("non-homomorphic scheme returned a sum");
            } catch (UnsupportedOperationException expected) {
                // fine
            }
            return v;
        }
        if (!scheme.verifyOpening(scheme.add(ca, cb), a.add(b), scheme.normalizeBlinding(r.add(s)))) {
            v.add("add(C(" + a + "), C(" + b + ")) does not open to " + a.add(b));
        }
        if (!scheme.verifyOpening(scheme.subtract(ca, cb), a.subtract(b), scheme.normalizeBlinding(r.subtract(s)))) {
            v.add("subtract(C(" + a + "), C(" + b + ")) does not open to " + a.subtract(b));
        }
        if (!scheme.verifyOpening(scheme.multiply(ca, k), a.multiply(k), scheme.normalizeBlinding(r.multiply(k)))) {
            v.add("multiply(C(" + a + "), " + k + ") does not open to " + a.multiply(k));
        }
        if (scheme.verifyOpening(scheme.add(ca, cb), a.add(b).add(BigInteger.ONE),
                scheme.normalizeBlinding(r.add(s)))) {
            v.add("sum opens to a wrong value");
        }
        return v;
    }
}
