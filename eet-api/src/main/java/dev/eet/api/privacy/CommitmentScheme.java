package dev.eet.api.privacy;

import dev.eet.api.value.Bytes;
import java.math.BigInteger;

/**
 * A hiding and binding commitment scheme over integers (values are committed in the fixed-point units of
 * {@link dev.eet.api.value.FixedPoint}). Commitments cross the interface in their stable byte encoding.
 *
 * <p>Additively homomorphic schemes (Pedersen) also implement {@link #add}, {@link #subtract} and
 * {@link #multiply} and say so in {@link #homomorphic()}: {@code add(commit(a, r), commit(b, s))} equals
 * {@code commit(a + b, r + s)}. Plain hash commitments only hide and bind.
 */
public interface CommitmentScheme {

    /** @return the scheme's stable name, e.g. {@code "pedersen-p256"} */
    String name();

    /**
     * @param value the committed value (the scheme documents its accepted range)
     * @param blinding the blinding factor (secret, uniformly random, from {@link #randomBlinding()})
     * @return the encoded commitment
     * @throws dev.eet.api.InvalidArgumentException if the value or the blinding is outside the scheme's range
     */
    Bytes commit(BigInteger value, BigInteger blinding);

    /**
     * @param commitment an encoded commitment
     * @param value the claimed value
     * @param blinding the claimed blinding factor
     * @return whether the opening is correct (malformed input gives {@code false}, never an exception)
     */
    boolean verifyOpening(Bytes commitment, BigInteger value, BigInteger blinding);

    /** @return a fresh uniformly random blinding factor from a {@link java.security.SecureRandom} */
    BigInteger randomBlinding();

    /** @return whether {@link #add}, {@link #subtract} and {@link #multiply} are supported */
    default boolean homomorphic() {
        return false;
    }

    /**
     * @param a a commitment to (x, r)
     * @param b a commitment to (y, s)
     * @return a commitment to (x + y, r + s)
     * @throws UnsupportedOperationException if the scheme is not {@linkplain #homomorphic() homomorphic}
     * @throws dev.eet.api.InvalidArgumentException if an input is not a valid commitment
     */
    default Bytes add(Bytes a, Bytes b) {
        throw new UnsupportedOperationException(name() + " is not homomorphic");
    }

    /**
     * @param a a commitment to (x, r)
     * @param b a commitment to (y, s)
     * @return a commitment to (x - y, r - s)
     * @throws UnsupportedOperationException if the scheme is not {@linkplain #homomorphic() homomorphic}
     */
    default Bytes subtract(Bytes a, Bytes b) {
        throw new UnsupportedOperationException(name() + " is not homomorphic");
    }

    /**
     * @param a a commitment to (x, r)
     * @param k a public integer constant (may be negative)
     * @return a commitment to (k * x, k * r)
     * @throws UnsupportedOperationException if the scheme is not {@linkplain #homomorphic() homomorphic}
     * @throws dev.eet.api.InvalidArgumentException if the result is the trivial commitment to (0, 0) (e.g. k = 0),
     *         which has no encoding in group-based schemes
     */
    default Bytes multiply(Bytes a, BigInteger k) {
        throw new UnsupportedOperationException(name() + " is not homomorphic");
    }

    /**
     * @param blinding any integer
     * @return the blinding in the scheme's canonical range (for homomorphic schemes: reduced modulo the group
     *         order), so that sums of blindings can be compared and reused as openings
     */
    default BigInteger normalizeBlinding(BigInteger blinding) {
        return blinding;
    }
}
