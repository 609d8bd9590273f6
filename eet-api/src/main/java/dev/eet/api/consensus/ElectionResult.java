package dev.eet.api.consensus;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one delegate election.
 *
 * @param delegates the elected delegates, best first
 * @param standbys the standbys in promotion order
 * @param excluded candidates that could not stand, each with a reason
 */
public record ElectionResult(List<NodeId> delegates, List<NodeId> standbys, List<Exclusion> excluded) {
    /** Copies the lists. */
    public ElectionResult {
        delegates = List.copyOf(delegates);
        standbys = List.copyOf(standbys);
        excluded = List.copyOf(excluded);
    }

    /**
     * A candidate that could not stand.
     *
     * @param node the node
     * @param reason why, e.g. {@code "computing capacity 0 is not positive"}
     */
    public record Exclusion(NodeId node, String reason) {
        /** Checks for nulls. */
        public Exclusion {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
