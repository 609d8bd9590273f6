package dev.eet.consensus.election;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.spi.Config;
import java.util.Set;

/**
 * [FDPoS]'s delegate score, a VES (variable elasticity of substitution) production function:
 * {@code R = gamma * [d1 * C^-rho + d2 * eta * (C/I)^-mu * I^-rho + d3 * V^-rho]^(-1/rho)} with C computing
 * capacity, I token growth rate and V votes, all positive.
 *
 * <p>Constraints (checked on construction): {@code d1 + d2 + d3 = 1} (within 1e-9), each {@code d >= 0},
 * {@code rho < 1}, {@code rho != 0}, {@code mu + rho = 1}, {@code gamma > 0}, {@code eta > 0}.
 *
 * @param gamma scale (default 1)
 * @param d1 weight of capacity (default 0.4)
 * @param d2 weight of the capacity-growth term (default 0.3)
 * @param d3 weight of votes (default 0.3)
 * @param rho substitution parameter (default 0.5)
 * @param mu elasticity parameter, {@code 1 - rho} (default 0.5)
 * @param eta weight inside the growth term (default 1)
 */
public record VesScore(double gamma, double d1, double d2, double d3, double rho, double mu, double eta) {
    /** The parameter names {@link #from(Config)} reads. */
    public static final Set<String> PARAMETERS = Set.of("gamma", "d1", "d2", "d3", "rho", "mu", "eta");
    /** Defaults: gamma 1, d = (0.4, 0.3, 0.3), rho 0.5, mu 0.5, eta 1. */
    public static final VesScore DEFAULT = new VesScore(1, 0.4, 0.3, 0.3, 0.5, 0.5, 1);
    private static final double TOLERANCE = 1e-9;

    /** Checks the constraints. */
    public VesScore {
        String s = "VES score";
        positive(s, "gamma", gamma);
        positive(s, "eta", eta);
        for (double d : new double[] {d1, d2, d3}) {
            if (!(d >= 0) || !Double.isFinite(d)) {
                throw new InvalidArgumentException(s, "d1, d2, d3", "must each be finite and not negative, were "
                        + d1 + ", " + d2 + ", " + d3);
            }
        }
        if (Math.abs(d1 + d2 + d3 - 1) > TOLERANCE) {
            throw new InvalidArgumentException(s, "d1, d2, d3", "must sum to 1, sum to " + (d1 + d2 + d3));
        }
        if (!(rho < 1) || !Double.isFinite(rho)) {
            throw new InvalidArgumentException(s, "rho", "must be less than 1, was " + rho);
        }
        if (rho == 0) {
            throw new InvalidArgumentException(s, "rho", "must not be 0 (the function is undefined there)");
        }
        if (!Double.isFinite(mu) || Math.abs(mu + rho - 1) > TOLERANCE) {
            throw new InvalidArgumentException(s, "mu", "mu + rho must equal 1, was mu = " + mu + ", rho = " + rho);
        }
    }

    /**
     * Reads the parameters; {@code mu} defaults to {@code 1 - rho}.
     *
     * @param config the parameters
     * @return the score function
     */
    public static VesScore from(Config config) {
        VesScore d = DEFAULT;
        double rho = config.getDouble("rho", d.rho);
        try {
            return new VesScore(config.getDouble("gamma", d.gamma), config.getDouble("d1", d.d1),
                    config.getDouble("d2", d.d2), config.getDouble("d3", d.d3), rho,
                    config.getDouble("mu", 1 - rho), config.getDouble("eta", d.eta));
        } catch (InvalidArgumentException e) {
            throw e.subject().equals("VES score")
                    ? new InvalidArgumentException(config.subject(), e.field(), e.problem()) : e;
        }
    }

    /**
     * The score, or NaN/infinity when the inputs are outside the domain; use {@link #assess} to get a reason.
     *
     * @param capacity C &gt; 0
     * @param tokenGrowth I &gt; 0
     * @param votes V &gt; 0
     * @return R
     */
    public double score(double capacity, double tokenGrowth, double votes) {
        double sum = d1 * Math.pow(capacity, -rho)
                + d2 * eta * Math.pow(capacity / tokenGrowth, -mu) * Math.pow(tokenGrowth, -rho)
                + d3 * Math.pow(votes, -rho);
        return gamma * Math.pow(sum, -1 / rho);
    }

    /**
     * The score with the domain guarded: non-positive inputs and non-finite results are exclusions with a reason.
     *
     * @param capacity C
     * @param tokenGrowth I
     * @param votes V
     * @return the score or why it cannot be computed
     */
    public Assessment assess(double capacity, double tokenGrowth, double votes) {
        if (!(capacity > 0)) {
            return Assessment.exclude("computing capacity " + Scores.format(capacity) + " is not positive");
        }
        if (!(tokenGrowth > 0)) {
            return Assessment.exclude("token growth rate " + Scores.format(tokenGrowth) + " is not positive");
        }
        if (!(votes > 0)) {
            return Assessment.exclude("votes " + Scores.format(votes) + " is not positive");
        }
        double r = score(capacity, tokenGrowth, votes);
        if (!Double.isFinite(r)) {
            return Assessment.exclude("VES score is not finite for capacity " + Scores.format(capacity)
                    + ", token growth " + Scores.format(tokenGrowth) + ", votes " + Scores.format(votes));
        }
        return Assessment.score(r);
    }

    private static void positive(String s, String key, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new InvalidArgumentException(s, key, "must be positive, was " + v);
        }
    }
}
