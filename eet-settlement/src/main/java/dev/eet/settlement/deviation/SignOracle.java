package dev.eet.settlement.deviation;

/**
 * Reveals only the sign of a value: trivially for plain values, by the key holder for ciphertexts.
 *
 * @param <V> the value type
 */
@FunctionalInterface
public interface SignOracle<V> {

    /**
     * @param value a value (for ciphertexts: blinded by a positive factor, see the package documentation)
     * @return -1, 0 or 1
     */
    int signum(V value);
}
