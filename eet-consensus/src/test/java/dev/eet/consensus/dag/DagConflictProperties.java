package dev.eet.consensus.dag;

import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.crypto.KeyDirectory;
import dev.eet.consensus.crypto.NodeKeys;
import dev.eet.consensus.ledger.Transactions;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Double spends under arbitrary delivery orders: honest delegates follow the voting rule, f Byzantine delegates
 * confirm everything; no ledger ever confirms both halves, and all ledgers that confirmed one agree on it.
 */
class DagConflictProperties {
    static final int D = 7;
    static final NodeKeys ALICE = NodeKeys.derive(NodeId.of("alice"), 3);
    static final NodeKeys ISSUER = NodeKeys.derive(NodeId.of("issuer"), 3);
    static final List<NodeKeys> DELEGATES = new ArrayList<>();
    static final KeyDirectory KEYS;

    static {
        for (int i = 0; i < D; i++) {
            DELEGATES.add(NodeKeys.derive(NodeId.of("d" + i), 3));
        }
        List<NodeKeys> all = new ArrayList<>(DELEGATES);
        all.add(ALICE);
        all.add(ISSUER);
        KEYS = KeyDirectory.of(all);
    }

    @Property(tries = 60)
    void neverBothHalvesOfADoubleSpend(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int spends) {
        SplittableRandom r = new SplittableRandom(seed);
        Set<NodeId> ids = new TreeSet<>();
        DELEGATES.forEach(k -> ids.add(k.node()));
        int f = DagLedger.tolerated(D);
        List<DagLedger> ledgers = new ArrayList<>();
        List<Set<Bytes>> covered = new ArrayList<>();
        for (int i = 0; i < D; i++) {
            ledgers.add(new DagLedger(KEYS, ids, new DagStore()));
            covered.add(new HashSet<>());
        }
        List<DagVertex> vertices = new ArrayList<>();
        for (int s = 0; s < spends; s++) {
            for (String to : List.of("bob", "carol")) {
                TransactionEnvelope tx = Transactions.sign(ALICE, "transfer", Bytes.of(to.getBytes()), s, 1);
                vertices.add(DagVertex.attach(ISSUER, tx, List.of(DagVertex.GENESIS)));
            }
        }
        // pending deliveries: (receiver, item)
        List<Object[]> inbox = new ArrayList<>();
        for (int i = 0; i < D; i++) {
            for (DagVertex v : vertices) {
                inbox.add(new Object[] {i, v});
            }
        }
        Map<Integer, Set<Bytes>> voted = new HashMap<>();
        for (int step = 0; step < 4000 && !inbox.isEmpty(); step++) {
            if (r.nextInt(3) == 0) {
                int d = r.nextInt(D);
                DagLedger l = ledgers.get(d);
                for (DagVertex v : vertices) {
                    if (!l.knows(v.id()) || !voted.computeIfAbsent(d, k -> new HashSet<>()).add(v.id())) {
                        continue;
                    }
                    boolean byzantine = d < f;
                    Optional<List<Bytes>> cone = l.votable(v.id(), l.store().votes(), covered.get(d));
                    if (!byzantine && cone.isEmpty()) {
                        voted.get(d).remove(v.id());
                        continue;
                    }
                    if (!byzantine) {
                        for (Bytes u : cone.get()) {
                            DagVertex uv = l.vertex(u).orElseThrow();
                            l.store().recordVote(uv.conflictKey(), uv.transaction().id());
                            covered.get(d).add(u);
                        }
                    }
                    Confirmation c = Confirmation.sign(DELEGATES.get(d), v.id());
                    for (int to = 0; to < D; to++) {
                        inbox.add(new Object[] {to, c});
                    }
                }
            } else {
                Object[] m = inbox.remove(r.nextInt(inbox.size()));
                DagLedger l = ledgers.get((Integer) m[0]);
                if (m[1] instanceof DagVertex v) {
                    l.add(v);
                } else {
                    l.addConfirmation((Confirmation) m[1]);
                }
            }
        }
        Map<ConflictKey, Bytes> agreed = new HashMap<>();
        for (DagLedger l : ledgers) {
            assertTrue(l.internalConflicts().isEmpty(), l.internalConflicts().toString());
            for (Map.Entry<ConflictKey, Bytes> e : l.confirmedByKey().entrySet()) {
                Bytes prev = agreed.putIfAbsent(e.getKey(), e.getValue());
                if (prev != null) {
                    assertEquals(prev, e.getValue(), "two ledgers confirmed different halves of " + e.getKey());
                }
            }
        }
    }

    @Property(tries = 30)
    void messagesRoundTrip(@ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        TransactionEnvelope tx = Transactions.sign(ALICE, "t", Bytes.of(new byte[] {(byte) r.nextInt()}),
                r.nextLong(0, Long.MAX_VALUE), r.nextLong(0, Long.MAX_VALUE));
        DagVertex v = DagVertex.attach(ISSUER, tx, List.of(DagVertex.GENESIS));
        Confirmation c = Confirmation.sign(DELEGATES.get(r.nextInt(D)), v.id());
        for (DagMessage m : List.of(new DagMessage.VertexMsg(v), new DagMessage.Confirms(List.of(c)),
                new DagMessage.Sync(List.of(v.id()), List.of(DagVertex.GENESIS)),
                new DagMessage.Fetch(List.of(v.id())))) {
            assertEquals(m, DagMessage.decode(DagMessage.encode(m)));
        }
    }
}
