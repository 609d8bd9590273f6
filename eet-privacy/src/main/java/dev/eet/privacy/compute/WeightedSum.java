package dev.eet.privacy.compute;

import dev.eet.api.InvalidArgumentException;
import dev.eet.privacy.paillier.PaillierCiphertext;
import java.math.BigDecimal;
import java.util.List;

/**
 * Linear scores on ciphertexts without any interaction: Enc(sum_h w_h * a_h) from Enc(a_h) and public weights, e.g.
 * the composite CMAP scores a_ij = sum_h w_h a_hij of matching.md section 5 once the per-requirement scores are
 * encrypted.
 */
public final class WeightedSum {
    private WeightedSum() {
    }

    /**
     * @param terms Enc(a_h), non-empty, under one key
     * @param weights public weights w_h (any sign, exact decimals)
     * @return Enc(sum_h w_h a_h), exact (the scale grows by the weights' decimals)
     */
    public static PaillierCiphertext of(List<PaillierCiphertext> terms, List<BigDecimal> weights) {
        if (terms.isEmpty() || terms.size() != weights.size()) {
            throw new InvalidArgumentException("weighted sum", "weights", "need one weight per term and at least "
                    + "one term, got " + terms.size() + " terms and " + weights.size() + " weights");
        }
        PaillierCiphertext sum = terms.get(0).multiply(weights.get(0));
        for (int h = 1; h < terms.size(); h++) {
            sum = sum.add(terms.get(h).multiply(weights.get(h)));
        }
        return sum;
    }
}
