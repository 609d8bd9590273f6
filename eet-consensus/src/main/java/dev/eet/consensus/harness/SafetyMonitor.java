package dev.eet.consensus.harness;

import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.LedgerStore;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.ledger.BlockVerifier;
import dev.eet.consensus.ledger.Blocks;
import dev.eet.consensus.ledger.SignatureRejectedException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Checks the safety invariants on honest nodes, incrementally (cheap enough to run after every simulated event):
 * <ol>
 *   <li>no two different committed blocks at one height on any honest nodes;</li>
 *   <li>every committed block verifies (signatures, Merkle root, hash link, certificate);</li>
 *   <li>a transaction is committed at most once per chain;</li>
 *   <li>committed blocks are never lost or changed: after a restart a node's store still holds every block it
 *       had committed before.</li>
 * </ol>
 */
public final class SafetyMonitor {
    private final BlockVerifier verifier;
    private final Function<NodeId, LedgerStore> stores;
    private final Set<NodeId> honest;
    private final Map<Long, Bytes> canonical = new HashMap<>();
    private final Map<Long, NodeId> firstCommitter = new HashMap<>();
    private final Map<NodeId, List<Bytes>> seen = new TreeMap<>();
    private final Map<NodeId, Set<Bytes>> transactions = new HashMap<>();
    private final List<SafetyViolation> violations = new ArrayList<>();

    /**
     * @param verifier verifies committed blocks
     * @param stores each node's current store
     * @param honest the honest nodes
     */
    public SafetyMonitor(BlockVerifier verifier, Function<NodeId, LedgerStore> stores, Set<NodeId> honest) {
        this.verifier = verifier;
        this.stores = stores;
        this.honest = Set.copyOf(honest);
        honest.forEach(n -> {
            seen.put(n, new ArrayList<>());
            transactions.put(n, new HashSet<>());
        });
    }

    /**
     * Reads what every honest node committed since the last check.
     *
     * @param nowMicros virtual time, for the report
     * @return whether no violation has been found so far
     */
    public boolean check(long nowMicros) {
        for (NodeId n : seen.keySet()) {
            LedgerStore s = stores.apply(n);
            List<Bytes> mine = seen.get(n);
            long h = s.height();
            if (h < mine.size() - 1) {
                report(nowMicros, n + " lost committed blocks: store height " + h + " after " + (mine.size() - 1));
                continue;
            }
            for (long i = mine.size(); i <= h; i++) {
                Block b = s.block(i).orElse(null);
                if (b == null) {
                    report(nowMicros, n + " store reports height " + h + " but has no block " + i);
                    break;
                }
                Bytes prev = i == 0 ? Bytes.EMPTY : mine.get((int) i - 1);
                try {
                    verifier.verify(b, prev);
                } catch (SignatureRejectedException e) {
                    report(nowMicros, n + " committed a block that does not verify: " + e.getMessage());
                }
                Bytes hash = Blocks.hash(b);
                mine.add(hash);
                Bytes other = canonical.putIfAbsent(i, hash);
                if (other == null) {
                    firstCommitter.put(i, n);
                } else if (!other.equals(hash)) {
                    report(nowMicros, "two different blocks committed at height " + i + ": " + firstCommitter.get(i)
                            + " has " + other.toHex().substring(0, 16) + ", " + n + " has "
                            + hash.toHex().substring(0, 16));
                }
                for (TransactionEnvelope tx : b.transactions()) {
                    if (!transactions.get(n).add(tx.id())) {
                        report(nowMicros, n + " committed transaction " + tx.id().toHex().substring(0, 16)
                                + " twice (again at height " + i + ")");
                    }
                }
            }
            // the stored prefix must not have changed (checked on a sample: the head we saw last)
            if (!mine.isEmpty() && h >= 0) {
                long last = mine.size() - 1;
                Block b = s.block(last).orElse(null);
                if (b == null || !Blocks.hash(b).equals(mine.get((int) last))) {
                    report(nowMicros, n + " block " + last + " changed after it was committed");
                }
            }
        }
        return violations.isEmpty();
    }

    /**
     * Full re-check of a node's stored prefix, e.g. right after a restart.
     *
     * @param node the node
     * @param nowMicros virtual time
     */
    public void checkPrefix(NodeId node, long nowMicros) {
        List<Bytes> mine = seen.get(node);
        if (mine == null) {
            return;
        }
        LedgerStore s = stores.apply(node);
        for (int i = 0; i < mine.size(); i++) {
            Block b = s.block(i).orElse(null);
            if (b == null || !Blocks.hash(b).equals(mine.get(i))) {
                report(nowMicros, node + " lost or changed committed block " + i + " across a restart");
                return;
            }
        }
    }

    private void report(long now, String what) {
        violations.add(new SafetyViolation(now, what));
    }

    /** @return the violations found */
    public List<SafetyViolation> violations() {
        return List.copyOf(violations);
    }

    /**
     * @param node an honest node
     * @return the set of transaction ids it has committed
     */
    public Set<Bytes> committedTransactions(NodeId node) {
        return Set.copyOf(transactions.getOrDefault(node, Set.of()));
    }

    /** @return the honest nodes */
    public Set<NodeId> honest() {
        return honest;
    }
}
