package dev.eet.settlement.deviation;

import java.math.BigDecimal;

/**
 * The two operations the deviation-tolerance decision needs on values of type {@code V}: plain decimals, or
 * ciphertexts of an additively homomorphic scheme (operations under the public key only).
 *
 * @param <V> the value type
 */
public interface DeviationAlgebra<V> {

    /**
     * @param a a value
     * @param b a value
     * @return {@code a + b}
     */
    V add(V a, V b);

    /**
     * @param a a value
     * @param k a public constant, possibly negative, with few decimals (sigma-derived)
     * @return {@code k * a}
     */
    V multiply(V a, BigDecimal k);
}
