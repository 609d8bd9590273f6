package dev.eet.api.consensus;

import dev.eet.api.spi.Config;
import java.util.Objects;

/**
 * A node standing in a delegate election, with the policy-specific attributes the policy reads (stake, RTT,
 * credit attributes, computing capacity...).
 *
 * @param node the node
 * @param attributes its attributes; a policy names the missing or invalid one in its error
 */
public record Candidate(NodeId node, Config attributes) {
    /** Checks for nulls. */
    public Candidate {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(attributes, "attributes");
    }
}
