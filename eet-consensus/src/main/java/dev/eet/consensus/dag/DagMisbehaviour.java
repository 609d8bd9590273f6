package dev.eet.consensus.dag;

/** Byzantine behaviours of a {@link DagNode} for fault injection. */
public enum DagMisbehaviour {
    /**
     * Every other sync period the node signs two transactions with its own key and one nonce (a double spend),
     * attaches each, and sends one to each half of its peers; as a delegate it confirms every vertex it sees, both
     * halves of every conflict included, without the voting rule.
     */
    DOUBLE_SPEND,
    /**
     * The node confirms nothing honestly and sends confirmations that name other delegates but carry its own
     * signature (they must be rejected).
     */
    FORGE
}
