package dev.eet.consensus.dag;

import dev.eet.api.consensus.NodeId;
import dev.eet.api.value.Bytes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The DAG's safety invariants, checked by {@link DagHarness} after every simulated event (incrementally: only when
 * a node's confirmed count changed):
 * <ul>
 *   <li>no two honest nodes (and no one honest node) confirm two different transactions of one
 *       {@link ConflictKey} (both halves of a double spend);</li>
 *   <li>a vertex an honest node confirmed stays confirmed across its crash and restart.</li>
 * </ul>
 * Liveness ({@link #allConfirmed}): after healing, every honest node confirms the final transactions.
 */
public final class DagSafetyMonitor {
    private final DagCluster cluster;
    private final Set<NodeId> honest;
    private final Map<ConflictKey, Bytes> winners = new TreeMap<>();
    private final Map<ConflictKey, NodeId> winnerNode = new TreeMap<>();
    private final Map<NodeId, Set<Bytes>> confirmedBy = new TreeMap<>();
    private final Map<NodeId, Long> lastCount = new TreeMap<>();
    private final List<String> violations = new ArrayList<>();

    /**
     * @param cluster the cluster
     * @param honest the honest nodes
     */
    public DagSafetyMonitor(DagCluster cluster, Collection<NodeId> honest) {
        this.cluster = cluster;
        this.honest = new TreeSet<>(honest);
        for (NodeId n : honest) {
            confirmedBy.put(n, new HashSet<>());
            lastCount.put(n, -1L);
        }
    }

    /**
     * @param nowMicros virtual time, for reports
     * @return whether every invariant still holds
     */
    public boolean check(long nowMicros) {
        if (!violations.isEmpty()) {
            return false;
        }
        for (NodeId n : honest) {
            if (!cluster.isUp(n)) {
                continue;
            }
            DagLedger l = cluster.ledger(n);
            if (l.confirmedCount() == lastCount.get(n)) {
                continue;
            }
            lastCount.put(n, l.confirmedCount());
            for (String c : l.internalConflicts()) {
                violations.add("at " + nowMicros + "us on " + n + ": " + c);
            }
            Set<Bytes> seen = confirmedBy.get(n);
            for (Bytes id : l.confirmed()) {
                if (!seen.add(id)) {
                    continue;
                }
                DagVertex v = l.vertex(id).orElseThrow();
                ConflictKey key = v.conflictKey();
                Bytes tx = v.transaction().id();
                Bytes w = winners.putIfAbsent(key, tx);
                if (w == null) {
                    winnerNode.put(key, n);
                } else if (!w.equals(tx)) {
                    violations.add("at " + nowMicros + "us: conflicting transactions of " + key + " confirmed: "
                            + w.toHex() + " on " + winnerNode.get(key) + " and " + tx.toHex() + " on " + n);
                }
            }
        }
        return violations.isEmpty();
    }

    /**
     * After a restart: every vertex the node confirmed before is still confirmed.
     *
     * @param node the restarted node
     * @param nowMicros virtual time
     */
    public void checkRestart(NodeId node, long nowMicros) {
        if (!honest.contains(node)) {
            return;
        }
        DagLedger l = cluster.ledger(node);
        for (Bytes id : confirmedBy.get(node)) {
            if (!l.isConfirmed(id)) {
                violations.add("at " + nowMicros + "us: " + node + " lost confirmed vertex " + id.toHex()
                        + " across a restart");
                return;
            }
        }
        lastCount.put(node, -1L);
    }

    /**
     * @param txIds transaction ids
     * @return whether every honest node confirmed them all
     */
    public boolean allConfirmed(Set<Bytes> txIds) {
        for (NodeId n : honest) {
            if (!cluster.isUp(n) || !cluster.ledger(n).confirmedTransactions().containsAll(txIds)) {
                return false;
            }
        }
        return true;
    }

    /** @return the violations found so far */
    public List<String> violations() {
        return List.copyOf(violations);
    }
}
