package dev.eet.api.consensus;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The outcome of one delegate election.
 *
 * @param delegates the elected delegates, best first
 * @param standbys the standbys in promotion order (best first)
 * @param excluded candidates that could not stand, each with a reason
 * @param scores the value each eligible candidate was ranked by (policy-specific and dimensionless, e.g. the
 *               credit consensus value G, the VES score R or the average RTT in milliseconds), keyed by node;
 *               always finite
 */
public record ElectionResult(List<NodeId> delegates, List<NodeId> standbys, List<Exclusion> excluded,
                             SortedMap<NodeId, Double> scores) {
    /**
     * Copies the lists and the scores.
     *
     * @throws IllegalArgumentException if a score is NaN or infinite
     */
    public ElectionResult {
        delegates = List.copyOf(delegates);
        standbys = List.copyOf(standbys);
        excluded = List.copyOf(excluded);
        TreeMap<NodeId, Double> copy = new TreeMap<>(Objects.requireNonNull(scores, "scores"));
        copy.forEach((node, score) -> {
            if (score == null || !Double.isFinite(score)) {
                throw new IllegalArgumentException("score of node " + node + " must be finite, was " + score);
            }
        });
        scores = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * A result without scores.
     *
     * @param delegates the elected delegates, best first
     * @param standbys the standbys in promotion order
     * @param excluded candidates that could not stand
     */
    public ElectionResult(List<NodeId> delegates, List<NodeId> standbys, List<Exclusion> excluded) {
        this(delegates, standbys, excluded, new TreeMap<>());
    }

    /**
     * A candidate that could not stand.
     *
     * @param node the node
     * @param reason why, e.g. {@code "computing capacity 0 is not positive"}
     */
    public record Exclusion(NodeId node, String reason) {
        /** Checks for nulls and a non-blank reason. */
        public Exclusion {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(reason, "reason");
            if (reason.isBlank()) {
                throw new IllegalArgumentException("the exclusion of node " + node + " needs a reason");
            }
        }
    }
}
