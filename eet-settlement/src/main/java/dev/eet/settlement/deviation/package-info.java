/**
 * Deviation-tolerance settlement (settlement.md section 3, [Report ch.3]): settle the matched quantity v_m when
 * the relative deviation {@code |v_a - v_m| / v_m} is below sigma, otherwise the metered v_a with a penalty for the
 * party at fault.
 *
 * <h2>Running it on ciphertexts</h2>
 * The decision is computed by {@link dev.eet.settlement.deviation.DeviationTolerance}, which is generic over the
 * value type {@code V} and touches values only through {@link dev.eet.settlement.deviation.DeviationAlgebra}
 * (add two values, multiply by a public constant) and a {@link dev.eet.settlement.deviation.SignOracle} (the sign
 * of a value). With {@code d < sigma <=> |v_a - v_m| < sigma * v_m} (v_m &gt; 0) it evaluates exactly two linear
 * forms,
 * <pre>
 *   over  = v_a - (1 + sigma) * v_m      (within tolerance needs over  &lt; 0)
 *   under = (1 - sigma) * v_m - v_a      (within tolerance needs under &lt; 0)
 * </pre>
 * which an additively homomorphic scheme computes from Enc(v_a) and Enc(v_m) without the key
 * ({@code HomomorphicScheme.add} and {@code multiply} by a plaintext constant). The privacy module supplies:
 * <ul>
 *   <li>a {@code DeviationAlgebra<Bytes>} that delegates to {@code HomomorphicScheme} under the public key, and</li>
 *   <li>a {@code SignOracle<Bytes>} held by the key holder (supervisor), which decrypts and returns only the
 *       sign. To reveal nothing but the sign, the settler should blind each form first by multiplying it by a
 *       fresh random positive constant r (sign-preserving) before handing it over; the key holder then sees
 *       {@code r * form} and learns only its sign.</li>
 * </ul>
 * The settled value returned is one of the two inputs (still encrypted), so the settler never sees v_a or v_m.
 * {@link dev.eet.settlement.deviation.ExactDecimalAlgebra} is the plain instance used by
 * {@link dev.eet.settlement.deviation.DeviationToleranceSettlement}.
 */
package dev.eet.settlement.deviation;
