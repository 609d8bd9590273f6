package dev.eet.consensus.dag;

import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.crypto.KeyDirectory;
import dev.eet.consensus.crypto.NodeKeys;
import dev.eet.consensus.ledger.SignatureRejectedException;
import dev.eet.consensus.ledger.Transactions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DagLedgerTest {
    static final long SEED = 42;
    final List<NodeKeys> delegates = new ArrayList<>();
    final NodeKeys issuer = NodeKeys.derive(NodeId.of("issuer"), SEED);
    final NodeKeys alice = NodeKeys.derive(NodeId.of("alice"), SEED);
    final NodeKeys outsider = NodeKeys.derive(NodeId.of("outsider"), SEED);
    final KeyDirectory keys;
    final Set<NodeId> ids = new TreeSet<>();

    DagLedgerTest() {
        for (int i = 0; i < 5; i++) {
            NodeKeys k = NodeKeys.derive(NodeId.of("d" + i), SEED);
            delegates.add(k);
            ids.add(k.node());
        }
        List<NodeKeys> all = new ArrayList<>(delegates);
        all.add(issuer);
        all.add(alice);
        all.add(outsider);
        keys = KeyDirectory.of(all);
    }

    DagLedger ledger() {
        return new DagLedger(keys, ids, new DagStore());
    }

    TransactionEnvelope tx(long nonce, String payload) {
        return Transactions.sign(alice, "transfer", Bytes.of(payload.getBytes()), nonce, 1_000);
    }

    @Test
    void quorumIsTheByzantineIntersectionThreshold() {
        assertEquals(1, DagLedger.quorum(1));
        assertEquals(2, DagLedger.quorum(3));
        assertEquals(4, DagLedger.quorum(5));
        assertEquals(5, DagLedger.quorum(7));
        assertEquals(1, DagLedger.tolerated(5));
    }

    @Test
    void aQuorumConfirmsTheVertexAndItsWholePast() {
        DagLedger l = ledger();
        DagVertex v1 = DagVertex.attach(issuer, tx(1, "a"), List.of(DagVertex.GENESIS));
        DagVertex v2 = DagVertex.attach(issuer, tx(2, "b"), List.of(v1.id()));
        assertTrue(l.add(v1));
        assertTrue(l.add(v2));
        assertEquals(List.of(v2.id()), l.tips());
        for (int i = 0; i < 3; i++) {
            l.addConfirmation(Confirmation.sign(delegates.get(i), v2.id()));
        }
        assertFalse(l.isConfirmed(v2.id()), "3 of 5 is below the quorum of 4");
        assertFalse(l.isConfirmed(v1.id()));
        l.addConfirmation(Confirmation.sign(delegates.get(3), v2.id()));
        assertTrue(l.isConfirmed(v2.id()));
        assertTrue(l.isConfirmed(v1.id()), "a confirmed descendant confirms what it approves");
        assertEquals(Set.of(v1.transaction().id(), v2.transaction().id()), l.confirmedTransactions());
        assertFalse(l.addConfirmation(Confirmation.sign(delegates.get(3), v2.id())), "duplicates are ignored");
    }

    @Test
    void confirmationsBeforeTheirVertexCountWhenItArrives() {
        DagLedger l = ledger();
        DagVertex v1 = DagVertex.attach(issuer, tx(1, "a"), List.of(DagVertex.GENESIS));
        for (int i = 0; i < 4; i++) {
            l.addConfirmation(Confirmation.sign(delegates.get(i), v1.id()));
        }
        l.add(v1);
        assertTrue(l.isConfirmed(v1.id()));
    }

    @Test
    void forgedAndOutsiderConfirmationsAreRejected() {
        DagLedger l = ledger();
        DagVertex v1 = DagVertex.attach(issuer, tx(1, "a"), List.of(DagVertex.GENESIS));
        l.add(v1);
        Confirmation real = Confirmation.sign(delegates.get(1), v1.id());
        Confirmation forged = new Confirmation(v1.id(), delegates.get(0).node(), real.signature());
        SignatureRejectedException e = assertThrows(SignatureRejectedException.class, () -> l.addConfirmation(forged));
        assertTrue(e.getMessage().contains("signature"), e.getMessage());
        SignatureRejectedException o = assertThrows(SignatureRejectedException.class,
                () -> l.addConfirmation(Confirmation.sign(outsider, v1.id())));
        assertTrue(o.getMessage().contains("delegate"), o.getMessage());
        Confirmation otherVertex = new Confirmation(Bytes.of(new byte[32]), delegates.get(1).node(), real.signature());
        assertThrows(SignatureRejectedException.class, () -> l.addConfirmation(otherVertex));
        assertTrue(l.confirmationsOf(v1.id()).isEmpty());
    }

    @Test
    void tamperedVerticesAreRejected() {
        DagLedger l = ledger();
        DagVertex v1 = DagVertex.attach(issuer, tx(1, "a"), List.of(DagVertex.GENESIS));
        DagVertex badSig = new DagVertex(v1.id(), v1.transaction(), v1.parents(), v1.issuer(),
                alice.sign(v1.id().toArray()));
        assertThrows(SignatureRejectedException.class, () -> l.add(badSig));
        DagVertex otherTx = new DagVertex(v1.id(), tx(1, "z"), v1.parents(), v1.issuer(), v1.signature());
        assertThrows(SignatureRejectedException.class, () -> l.add(otherTx));
        assertEquals(0, l.size());
        DagVertex orphan = DagVertex.attach(issuer, tx(2, "b"), List.of(Bytes.of(new byte[32])));
        assertEquals(1, l.missingParents(orphan).size());
        assertThrows(IllegalStateException.class, () -> l.add(orphan));
    }

    @Test
    void doubleSpendPrefersMostConfirmationsThenLowestIdAndNeverConfirmsBoth() {
        DagLedger l = ledger();
        DagVertex a = DagVertex.attach(issuer, tx(7, "to bob"), List.of(DagVertex.GENESIS));
        DagVertex b = DagVertex.attach(issuer, tx(7, "to carol"), List.of(DagVertex.GENESIS));
        l.add(a);
        l.add(b);
        ConflictKey key = a.conflictKey();
        assertEquals(2, l.withKey(key).size());
        Bytes low = l.withKey(key).first();
        assertEquals(low, l.preferred(key).orElseThrow(), "no confirmations: lowest transaction id");
        DagVertex high = a.transaction().id().equals(low) ? b : a;
        DagVertex lowV = high == a ? b : a;
        l.addConfirmation(Confirmation.sign(delegates.get(0), high.id()));
        assertEquals(high.transaction().id(), l.preferred(key).orElseThrow(), "more confirmations win");
        assertTrue(l.votable(lowV.id(), Map.of(), Set.of()).isEmpty(), "the other half is not votable");
        assertEquals(List.of(high.id()), l.votable(high.id(), Map.of(), Set.of()).orElseThrow());
        assertTrue(l.votable(high.id(), Map.of(key, lowV.transaction().id()), Set.of()).isEmpty(),
                "a delegate never votes for a second transaction of one key");
        assertTrue(l.tainted(a.id()) && l.tainted(b.id()));
        assertEquals(List.of(DagVertex.GENESIS), l.selectTips(new SplittableRandom(1), 2),
                "tips on an unresolved conflict are not approved");
        // a Byzantine delegate confirms both; the honest ones follow the rule: only `high` reaches the quorum
        l.addConfirmation(Confirmation.sign(delegates.get(0), lowV.id()));
        for (int i = 1; i < 4; i++) {
            l.addConfirmation(Confirmation.sign(delegates.get(i), high.id()));
        }
        assertTrue(l.isConfirmed(high.id()));
        assertFalse(l.isConfirmed(lowV.id()));
        assertTrue(l.lost(lowV.id()));
        assertEquals(high.transaction().id(), l.confirmedByKey().get(key));
        assertEquals(high.transaction().id(), l.preferred(key).orElseThrow());
        assertTrue(l.internalConflicts().isEmpty());
    }

    @Test
    void reattachingOneTransactionIsNoConflict() {
        DagLedger l = ledger();
        TransactionEnvelope t = tx(3, "x");
        DagVertex v1 = DagVertex.attach(issuer, t, List.of(DagVertex.GENESIS));
        DagVertex other = DagVertex.attach(issuer, tx(4, "y"), List.of(DagVertex.GENESIS));
        l.add(v1);
        l.add(other);
        DagVertex again = DagVertex.attach(issuer, t, List.of(other.id()));
        l.add(again);
        assertFalse(l.tainted(again.id()));
        assertEquals(2, l.verticesOf(t.id()).size());
        for (int i = 0; i < 4; i++) {
            l.addConfirmation(Confirmation.sign(delegates.get(i), again.id()));
            l.addConfirmation(Confirmation.sign(delegates.get(i), v1.id()));
        }
        assertTrue(l.isTransactionConfirmed(t.id()));
        assertEquals(2, l.confirmedTransactions().size());
        assertTrue(l.internalConflicts().isEmpty());
    }

    @Test
    void tipsSelectionIsSeededUniformAndDeterministic() {
        DagLedger l = ledger();
        List<Bytes> tips = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            DagVertex v = DagVertex.attach(issuer, tx(10 + i, "t" + i), List.of(DagVertex.GENESIS));
            l.add(v);
            tips.add(v.id());
        }
        assertEquals(new TreeSet<>(tips), new TreeSet<>(l.tips()));
        assertEquals(l.selectTips(new SplittableRandom(9), 2), l.selectTips(new SplittableRandom(9), 2));
        Map<Bytes, Integer> counts = new TreeMap<>();
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < 6000; i++) {
            List<Bytes> s = l.selectTips(r, 2);
            assertEquals(2, new HashSet<>(s).size());
            s.forEach(t -> counts.merge(t, 1, Integer::sum));
        }
        for (int c : counts.values()) {
            assertTrue(c > 1700 && c < 2300, "each tip about 2000 of 12000 picks, was " + c);
        }
    }

    @Test
    void replayRebuildsTheSameState() {
        DagStore store = new DagStore();
        DagLedger l = new DagLedger(keys, ids, store);
        DagVertex v1 = DagVertex.attach(issuer, tx(1, "a"), List.of(DagVertex.GENESIS));
        DagVertex v2 = DagVertex.attach(issuer, tx(2, "b"), List.of(v1.id()));
        l.add(v1);
        l.add(v2);
        for (int i = 0; i < 4; i++) {
            l.addConfirmation(Confirmation.sign(delegates.get(i), v1.id()));
        }
        assertEquals(2, store.vertices().size(), "one write per transaction");
        DagLedger r = DagLedger.replay(keys, ids, store);
        assertEquals(l.confirmed(), r.confirmed());
        assertEquals(l.tips(), r.tips());
        assertEquals(2, store.vertices().size(), "replay does not write again");
        assertFalse(r.isConfirmed(v2.id()));
    }
}
