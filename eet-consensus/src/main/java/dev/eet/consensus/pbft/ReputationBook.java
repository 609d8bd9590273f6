package dev.eet.consensus.pbft;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.spi.Config;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Node reputations as updated after every PBFT decision [Report ch.5]: every node starts at T_init; a member that
 * agreed with the outcome gains T_up (capped at T_max); one that voted for something else loses T_down (floored
 * at 0), T_down &gt;&gt; T_up. Nodes at or above T_min may be drawn into consensus groups (by the
 * {@code reputation} election policy). Members that stayed silent are left unchanged: silence is
 * indistinguishable from a crash or a lost message. Not thread-safe (owned by one replica's event thread).
 */
public final class ReputationBook {
    private final Parameters p;
    private final SortedMap<NodeId, Double> scores = new TreeMap<>();

    /**
     * Reputation parameters (dimensionless scores).
     *
     * @param tInit initial reputation
     * @param tMax cap
     * @param tUp gain per agreeing vote
     * @param tDown loss per disagreeing vote
     * @param tMin eligibility threshold
     */
    public record Parameters(double tInit, double tMax, double tUp, double tDown, double tMin) {
        /** T_init 0.5, T_max 1, T_up 0.01, T_down 0.1, T_min 0.3. */
        public static final Parameters DEFAULTS = new Parameters(0.5, 1.0, 0.01, 0.1, 0.3);

        /** Checks 0 &lt;= T_min, T_init &lt;= T_max and positive steps. */
        public Parameters {
            if (!(tMax > 0) || tInit < 0 || tInit > tMax || tMin < 0 || tMin > tMax || !(tUp > 0) || !(tDown > 0)) {
                throw new InvalidArgumentException("reputation", "parameters", "need 0 <= T_init, T_min <= T_max, "
                        + "T_up > 0, T_down > 0; were " + tInit + ", " + tMin + ", " + tMax + ", " + tUp + ", " + tDown);
            }
        }

        /**
         * @param c config with optional keys tInit tMax tUp tDown tMin
         * @return parameters
         */
        public static Parameters from(Config c) {
            return new Parameters(c.getDouble("tInit", DEFAULTS.tInit), c.getDouble("tMax", DEFAULTS.tMax),
                    c.getDouble("tUp", DEFAULTS.tUp), c.getDouble("tDown", DEFAULTS.tDown),
                    c.getDouble("tMin", DEFAULTS.tMin));
        }
    }

    /** @param parameters the parameters */
    public ReputationBook(Parameters parameters) {
        this.p = parameters;
    }

    /** @param node a node @return its reputation */
    public double score(NodeId node) {
        return scores.getOrDefault(node, p.tInit());
    }

    /** @param node a member that agreed with the outcome */
    public void reward(NodeId node) {
        scores.put(node, Math.min(p.tMax(), score(node) + p.tUp()));
    }

    /** @param node a member that voted against the outcome */
    public void penalise(NodeId node) {
        scores.put(node, Math.max(0, score(node) - p.tDown()));
    }

    /** @param node a node @return whether it is at or above T_min */
    public boolean eligible(NodeId node) {
        return score(node) >= p.tMin();
    }

    /** @return every node scored so far */
    public SortedMap<NodeId, Double> scores() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(scores));
    }
}
