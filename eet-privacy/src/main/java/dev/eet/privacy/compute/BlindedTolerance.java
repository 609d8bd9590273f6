package dev.eet.privacy.compute;

import dev.eet.privacy.paillier.PaillierCiphertext;
import java.util.Objects;

/**
 * The settler's message to the key holder for the tolerance test: two blinded ciphertexts whose signs (and only
 * their signs, up to the leakage described in {@code COMPUTING.md}) decide the deviation rule.
 *
 * @param lower Enc(rho1 * (sigma*v_m + (v_a - v_m)) - rho1'), positive iff v_a - v_m &gt; -sigma*v_m
 * @param upper Enc(rho2 * (sigma*v_m - (v_a - v_m)) - rho2'), positive iff v_a - v_m &lt; sigma*v_m
 */
public record BlindedTolerance(PaillierCiphertext lower, PaillierCiphertext upper) {
    /**
     * @param lower the blinded lower-bound test
     * @param upper the blinded upper-bound test
     */
    public BlindedTolerance {
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
    }
}
