package dev.eet.matching.preference;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The CMAP transportation LP (matching.md section 5) on ojAlgo. Variables: {@code x_p >= 0} (kWh) for each active
 * acceptable pair {@code p = (seller j, buyer i)}; constraints {@code sum_i x_ij <= SE_j} per seller and
 * {@code sum_j x_ij <= PE_i} per buyer (the spec's {@code = PE_i} with the shortfall bought from the grid, so the
 * LP is always feasible).
 *
 * <p>Solved lexicographically: (1) the largest matched quantity {@code Q*}; then, on the face
 * {@code sum x >= Q*}, (2) the single-objective optima {@code Z1max = max sum a'x} (at {@code x1}) and
 * {@code Z2max = max sum b'x} (at {@code x2}), whose payoff table gives {@code Z1min = Z1(x2)} and
 * {@code Z2min = Z2(x1)}; (3) {@code max w1 mu(Z1) + w2 mu(Z2)} with the corrected membership
 * {@code mu(Z) = (Z - Zmin) / (Zmax - Zmin)} (a term whose range is 0 is constant and dropped). Five LPs.
 *
 * <p>ojAlgo is told the model is sparse ({@code options.sparse = true}, its revised simplex): every column has
 * exactly two non-zeros (one seller row, one buyer row; three with the quantity row), so a dense tableau would
 * be {@code (n + m) x nm} mostly zeros (about 2 GB of doubles at 500 x 500).
 */
final class CmapLp {
    private CmapLp() {
    }

    /**
     * @param x kWh per pair (0 for inactive pairs)
     * @param quantity {@code Q* = sum x}
     * @param z1 {@code sum a'x}
     * @param z2 {@code sum b'x}
     * @param z1min payoff-table minimum of Z1
     * @param z1max optimum of Z1
     * @param z2min payoff-table minimum of Z2
     * @param z2max optimum of Z2
     */
    record Solution(double[] x, double quantity, double z1, double z2, double z1min, double z1max, double z2min,
                    double z2max) {
        /**
         * @param w1 buyer weight
         * @param w2 seller weight
         * @return {@code w1 mu(Z1) + w2 mu(Z2)}, a constant term counting as membership 1
         */
        double objective(double w1, double w2) {
            return w1 * mu(z1, z1min, z1max) + w2 * mu(z2, z2min, z2max);
        }

        static double mu(double z, double min, double max) {
            return max - min > 1e-9 * Math.max(1, Math.abs(max)) ? (z - min) / (max - min) : 1;
        }
    }

    /**
     * @param scores the pairs
     * @param active which pairs may trade
     * @param open each order's open quantity in kWh (by order index)
     * @param w1 buyer weight
     * @param w2 seller weight
     * @return the solution
     */
    static Solution solve(PairScores scores, boolean[] active, double[] open, double w1, double w2) {
        int n = scores.size();
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1);
        double[] xq = maximise(scores, active, open, ones, -1);
        double q = dot(ones, xq);
        if (q <= 1e-9) {
            return new Solution(new double[n], 0, 0, 0, 0, 0, 0, 0);
        }
        double floor = q * (1 - 1e-9);
        double[] x1 = maximise(scores, active, open, scores.a(), floor);
        double[] x2 = maximise(scores, active, open, scores.b(), floor);
        double z1max = dot(scores.a(), x1);
        double z2max = dot(scores.b(), x2);
        double z1min = Math.min(z1max, dot(scores.a(), x2));
        double z2min = Math.min(z2max, dot(scores.b(), x1));
        double r1 = z1max - z1min;
        double r2 = z2max - z2min;
        boolean use1 = r1 > 1e-9 * Math.max(1, Math.abs(z1max));
        boolean use2 = r2 > 1e-9 * Math.max(1, Math.abs(z2max));
        double[] x;
        if (!use1 && !use2) {
            x = x1;
        } else {
            double[] c = new double[n];
            for (int p = 0; p < n; p++) {
                c[p] = (use1 ? w1 * scores.a()[p] / r1 : 0) + (use2 ? w2 * scores.b()[p] / r2 : 0);
            }
            x = maximise(scores, active, open, c, floor);
        }
        return new Solution(x, dot(ones, x), dot(scores.a(), x), dot(scores.b(), x), z1min, z1max, z2min, z2max);
    }

    /**
     * @param scores the pairs
     * @param active which pairs may trade
     * @param open each order's open kWh
     * @param c the weights
     * @return a maximiser of {@code c . x} among the flows of largest matched quantity (the reference for
     *         {@link CmapFlow#maxWeightMaxFlow})
     */
    static double[] lexicographicMax(PairScores scores, boolean[] active, double[] open, double[] c) {
        double[] ones = new double[scores.size()];
        java.util.Arrays.fill(ones, 1);
        double q = dot(ones, maximise(scores, active, open, ones, -1));
        return q <= 1e-9 ? new double[scores.size()] : maximise(scores, active, open, c, q * (1 - 1e-9));
    }

    static double dot(double[] c, double[] x) {
        double s = 0;
        for (int p = 0; p < x.length; p++) {
            s += c[p] * x[p];
        }
        return s;
    }

    /**
     * @param minQuantity when not negative, {@code sum x >= minQuantity} is added
     * @return the maximiser of {@code c . x}, 0 for inactive pairs
     */
    private static double[] maximise(PairScores scores, boolean[] active, double[] open, double[] c,
                                     double minQuantity) {
        int n = scores.size();
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        model.options.sparse = Boolean.TRUE;
        int orders = open.length;
        Expression[] row = new Expression[orders];
        Variable[] var = new Variable[n];
        Expression total = minQuantity >= 0 ? model.addExpression("Q").lower(minQuantity) : null;
        for (int p = 0; p < n; p++) {
            if (!active[p]) {
                continue;
            }
            Variable v = model.addVariable().lower(0).weight(c[p]);
            var[p] = v;
            for (int idx : new int[] {scores.seller()[p], scores.buyer()[p]}) {
                if (row[idx] == null) {
                    row[idx] = model.addExpression().upper(open[idx]);
                }
                row[idx].set(v, 1);
            }
            if (total != null) {
                total.set(v, 1);
            }
        }
        double[] x = new double[n];
        if (model.getVariables().isEmpty()) {
            return x;
        }
        Optimisation.Result result = model.maximise();
        if (!result.getState().isFeasible()) {
            throw new IllegalStateException("CMAP LP: ojAlgo returned " + result.getState());
        }
        for (int p = 0; p < n; p++) {
            if (var[p] != null) {
                x[p] = Math.max(0, var[p].getValue().doubleValue());
            }
        }
        return x;
    }
}
