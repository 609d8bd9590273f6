package dev.eet.consensus.election;

import dev.eet.api.consensus.NodeId;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Nodes marked malicious (e.g. a delegate whose block failed majority validation), each with the reason. A
 * quarantined node is excluded from elections until the operator re-admits it with {@link #readmit(NodeId)}, an
 * explicit admin action. Thread-safe.
 */
public final class Quarantine {
    private final Map<NodeId, String> marked = new TreeMap<>();

    /**
     * @param node the node to exclude
     * @param reason why, e.g. {@code "block 12 failed majority validation"}
     */
    public synchronized void mark(NodeId node, String reason) {
        marked.put(node, reason);
    }

    /**
     * The operator's re-admission.
     *
     * @param node the node to re-admit
     * @return whether it was quarantined
     */
    public synchronized boolean readmit(NodeId node) {
        return marked.remove(node) != null;
    }

    /**
     * @param node a node
     * @return why it is quarantined, if it is
     */
    public synchronized Optional<String> reason(NodeId node) {
        return Optional.ofNullable(marked.get(node));
    }

    /** @return every quarantined node and its reason */
    public synchronized SortedMap<NodeId, String> marked() {
        return new TreeMap<>(marked);
    }
}
