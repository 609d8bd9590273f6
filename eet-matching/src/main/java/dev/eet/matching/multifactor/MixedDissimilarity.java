package dev.eet.matching.multifactor;

/**
 * The K-prototypes mixed dissimilarity of matching.md section 4:
 * {@code d(X, Z) = sum_l alpha_l * ((x_l - z_l) / R_l)^2 + gamma * sum_q beta_q * delta(x_q, z_q)}, where
 * {@code R_l} is the min-max range of numeric attribute {@code l} (the minimum cancels in the difference; a
 * range of 0 makes the term 0, as every record then has the same value), {@code delta} is 0 for equal categories
 * and 1 otherwise, and {@code gamma} is Huang's categorical weight (default 1, which is the spec's formula).
 * A dimensionless score, so doubles; it is the same quantity eet-privacy's {@code EncryptedDissimilarity}
 * computes on ciphertexts.
 */
public final class MixedDissimilarity {
    private MixedDissimilarity() {
    }

    /**
     * @param alpha numeric weights in [0, 1]
     * @param range numeric ranges, not negative
     * @param x the first record's numeric values
     * @param z the second record's numeric values
     * @param gamma the categorical weight
     * @param beta categorical weights in [0, 1]
     * @param cx the first record's categories
     * @param cz the second record's categories
     * @return the dissimilarity, not negative
     */
    public static double of(double[] alpha, double[] range, double[] x, double[] z, double gamma, double[] beta,
                            int[] cx, int[] cz) {
        double d = 0;
        for (int l = 0; l < x.length; l++) {
            if (range[l] > 0) {
                double t = (x[l] - z[l]) / range[l];
                d += alpha[l] * t * t;
            }
        }
        double c = 0;
        for (int q = 0; q < cx.length; q++) {
            if (cx[q] != cz[q]) {
                c += beta[q];
            }
        }
        return d + gamma * c;
    }
}
