package dev.eet.consensus.dag;

import dev.eet.api.value.Bytes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A node's durable DAG record, written one item at a time (one vertex per transaction, one confirmation, one own
 * vote): what survives a crash. In memory (the simulated cluster keeps it across simulated crashes); a restarted
 * {@link DagNode} replays it. A delegate writes its vote for a conflict key here before it sends the
 * confirmation, so it never votes twice for one key, even across restarts. Not thread-safe: one node's event
 * thread uses it.
 */
public final class DagStore {
    private final List<DagVertex> vertices = new ArrayList<>();
    private final List<Confirmation> confirmations = new ArrayList<>();
    private final Map<ConflictKey, Bytes> votes = new TreeMap<>();

    /** @param v an accepted vertex (its parents were written before) */
    public void appendVertex(DagVertex v) {
        vertices.add(v);
    }

    /** @param c an accepted confirmation */
    public void appendConfirmation(Confirmation c) {
        confirmations.add(c);
    }

    /**
     * Records this node's vote.
     *
     * @param key the conflict key
     * @param transaction the id of the transaction voted for
     * @throws IllegalStateException if another transaction was voted for under the key
     */
    public void recordVote(ConflictKey key, Bytes transaction) {
        Bytes old = votes.putIfAbsent(key, transaction);
        if (old != null && !old.equals(transaction)) {
            throw new IllegalStateException("dag store: vote for " + key + " was already " + old.toHex());
        }
    }

    /** @return the vertices in write order */
    public List<DagVertex> vertices() {
        return Collections.unmodifiableList(vertices);
    }

    /** @return the confirmations in write order */
    public List<Confirmation> confirmations() {
        return Collections.unmodifiableList(confirmations);
    }

    /** @return this node's votes (transaction ids) by conflict key */
    public Map<ConflictKey, Bytes> votes() {
        return Collections.unmodifiableMap(votes);
    }
}
