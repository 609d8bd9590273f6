package dev.eet.consensus.election;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.spi.Config;
import java.util.Set;

/**
 * The node-credit formulas of [Credit] (consensus.md section 3), all on one [0, 10] scale:
 * <ul>
 *   <li>consensus value {@code G = mu * C + xi * V}</li>
 *   <li>credit {@code C = alpha * F + beta * P + gamma * D + dC_plus - dC_minus}</li>
 *   <li>trading quality {@code D = k * (1 - |E_real - E_plan| / E_plan)}, floored at 0 when the deviation exceeds
 *       the plan (the attribute lives in [0, k])</li>
 *   <li>credit loss {@code dC_minus = m * (t / Ta)} when {@code t > Ta}, else 0</li>
 *   <li>credit gain {@code dC_plus = a} when the delegate packed all transactions of its cycle, else 0</li>
 *   <li>vote score {@code V = 10 * votes received / total votes cast} (0 when no vote was cast)</li>
 * </ul>
 *
 * @param mu weight of credit in G (default 0.5)
 * @param xi weight of votes in G (default 0.5)
 * @param alpha weight of trading frequency F (default 0.3)
 * @param beta weight of trading capacity P (default 0.3)
 * @param gamma weight of trading quality D (default 0.4)
 * @param k scale of D (default 10)
 * @param m credit decay rate (default 1)
 * @param a credit gain for packing every transaction of the cycle (default 1)
 */
public record CreditFormula(double mu, double xi, double alpha, double beta, double gamma, double k, double m,
                            double a) {
    /** The parameter names {@link #from(Config)} accepts. */
    public static final Set<String> PARAMETERS = Set.of("mu", "xi", "alpha", "beta", "gamma", "k", "m", "a");
    /** [Credit]'s weights: mu = xi = 0.5, alpha = beta = 0.3, gamma = 0.4, k = 10, m = 1, a = 1. */
    public static final CreditFormula DEFAULT = new CreditFormula(0.5, 0.5, 0.3, 0.3, 0.4, 10, 1, 1);

    /** Checks every weight is finite and not negative, and k is positive. */
    public CreditFormula {
        String s = "credit formula";
        nonNegative(s, "mu", mu);
        nonNegative(s, "xi", xi);
        nonNegative(s, "alpha", alpha);
        nonNegative(s, "beta", beta);
        nonNegative(s, "gamma", gamma);
        nonNegative(s, "m", m);
        nonNegative(s, "a", a);
        if (!(k > 0) || !Double.isFinite(k)) {
            throw new InvalidArgumentException(s, "k", "must be positive, was " + k);
        }
    }

    /**
     * @param config parameters named as the components (others are left to the caller to check)
     * @return the formula, defaults for missing parameters
     */
    public static CreditFormula from(Config config) {
        CreditFormula d = DEFAULT;
        try {
            return new CreditFormula(config.getDouble("mu", d.mu), config.getDouble("xi", d.xi),
                    config.getDouble("alpha", d.alpha), config.getDouble("beta", d.beta),
                    config.getDouble("gamma", d.gamma), config.getDouble("k", d.k), config.getDouble("m", d.m),
                    config.getDouble("a", d.a));
        } catch (InvalidArgumentException e) {
            throw e.subject().equals("credit formula")
                    ? new InvalidArgumentException(config.subject(), e.field(), e.problem()) : e;
        }
    }

    /**
     * @param plannedKwh the energy the node planned to deliver (or take), E_plan &gt; 0
     * @param actualKwh the energy it really delivered, E_real &ge; 0
     * @return D in [0, k]
     */
    public double quality(double plannedKwh, double actualKwh) {
        if (!(plannedKwh > 0)) {
            throw new IllegalArgumentException("planned energy must be positive, was " + plannedKwh);
        }
        if (actualKwh < 0) {
            throw new IllegalArgumentException("actual energy must not be negative, was " + actualKwh);
        }
        double d = k * (1 - Math.abs(actualKwh - plannedKwh) / plannedKwh);
        return Math.max(0.0, d);
    }

    /**
     * @param hoursSinceDelegate t, the time since the node last became a delegate (&ge; 0)
     * @param tradingCycleHours Ta, its trading cycle (&gt; 0)
     * @return dC_minus = m * t / Ta when t &gt; Ta, else 0
     */
    public double creditLoss(double hoursSinceDelegate, double tradingCycleHours) {
        if (!(tradingCycleHours > 0)) {
            throw new IllegalArgumentException("trading cycle must be positive, was " + tradingCycleHours);
        }
        if (hoursSinceDelegate < 0) {
            throw new IllegalArgumentException("time since delegate must not be negative, was " + hoursSinceDelegate);
        }
        return hoursSinceDelegate > tradingCycleHours ? m * (hoursSinceDelegate / tradingCycleHours) : 0.0;
    }

    /**
     * @param packedAll whether the delegate packed all transactions of its cycle (n = N_tra)
     * @return dC_plus = a when it did, else 0
     */
    public double creditGain(boolean packedAll) {
        return packedAll ? a : 0.0;
    }

    /**
     * @param frequency F in [0, 10]
     * @param capacity P in [0, 10]
     * @param quality D in [0, 10]
     * @param gain dC_plus
     * @param loss dC_minus
     * @return C = alpha * F + beta * P + gamma * D + dC_plus - dC_minus
     */
    public double credit(double frequency, double capacity, double quality, double gain, double loss) {
        return alpha * frequency + beta * capacity + gamma * quality + gain - loss;
    }

    /**
     * @param votesReceived votes the node received (&ge; 0)
     * @param totalVotesCast votes cast in the election (&ge; votesReceived)
     * @return V = 10 * votesReceived / totalVotesCast, or 0 when no vote was cast
     */
    public double voteScore(double votesReceived, double totalVotesCast) {
        if (votesReceived < 0 || votesReceived > totalVotesCast) {
            throw new IllegalArgumentException("votes received " + votesReceived + " must be within [0, "
                    + totalVotesCast + "]");
        }
        return totalVotesCast == 0 ? 0.0 : 10.0 * votesReceived / totalVotesCast;
    }

    /**
     * @param credit C
     * @param voteScore V
     * @return G = mu * C + xi * V
     */
    public double consensusValue(double credit, double voteScore) {
        return mu * credit + xi * voteScore;
    }

    private static void nonNegative(String subject, String key, double v) {
        if (!(v >= 0) || !Double.isFinite(v)) {
            throw new InvalidArgumentException(subject, key, "must be a finite number that is not negative, was " + v);
        }
    }
}
