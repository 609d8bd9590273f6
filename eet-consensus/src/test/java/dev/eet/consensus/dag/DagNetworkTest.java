package dev.eet.consensus.dag;

import dev.eet.api.consensus.NodeId;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.ledger.Transactions;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The DAG on the simulated network: election, confirmation, determinism, double spenders and forgers. */
class DagNetworkTest {
    /** Runs 30 client transactions through n nodes (n0 optionally Byzantine) and checks every honest node. */
    static List<Bytes> run(long seed, int n, DagMisbehaviour byzantine) {
        DagCluster c = DagCluster.create(seed, n);
        if (byzantine != null) {
            c.makeByzantine(NodeId.of("n0"), byzantine);
        }
        c.start();
        for (int i = 0; i < 30; i++) {
            c.submit(c.nodes().get(1 + i % (n - 1)), Transactions.sign(c.client(), "t",
                    Bytes.of(new byte[] {(byte) i}), i, c.network().clock().millis()));
            c.network().runFor(Duration.ofMillis(20));
        }
        c.network().runFor(Duration.ofSeconds(2));
        DagLedger first = c.ledger(NodeId.of("n1"));
        for (NodeId id : c.nodes().subList(1, n)) {
            DagLedger l = c.ledger(id);
            assertTrue(l.internalConflicts().isEmpty());
            assertEquals(first.confirmedByKey(), l.confirmedByKey(), "same confirmed transactions on " + id);
            for (int i = 0; i < 30; i++) {
                assertTrue(l.confirmedByKey().containsKey(new ConflictKey(c.client().node(), i)),
                        "client transaction " + i + " confirmed on " + id);
            }
            if (byzantine == DagMisbehaviour.FORGE) {
                assertTrue(c.node(id).orElseThrow().rejected() > 0, "forged confirmations rejected on " + id);
            }
        }
        return first.confirmed();
    }

    @Test
    void fdposElectsAnOddDelegateSet() {
        DagCluster c = DagCluster.create(5, 6);
        assertEquals(5, c.election().delegates().size());
        assertEquals(1, c.tolerated());
        assertEquals(1, c.election().standbys().size());
    }

    @Test
    void honestClusterConfirmsEverythingAndIsDeterministic() {
        List<Bytes> a = run(17, 5, null);
        assertEquals(30, a.size());
        assertEquals(a, run(17, 5, null), "same seed, same confirmation order");
        assertNotEquals(a, run(18, 5, null), "another seed, another DAG");
    }

    @Test
    void aDoubleSpenderNeverGetsBothHalvesConfirmed() {
        List<Bytes> confirmed = run(23, 5, DagMisbehaviour.DOUBLE_SPEND);
        assertFalse(confirmed.isEmpty());
    }

    @Test
    void forgedConfirmationsAreRejectedOnTheNetwork() {
        run(29, 5, DagMisbehaviour.FORGE);
    }

    @Test
    void aRestartedNodeReplaysItsStoreAndCatchesUp() {
        DagCluster c = DagCluster.create(31, 5);
        c.start();
        NodeId n2 = NodeId.of("n2");
        for (int i = 0; i < 20; i++) {
            if (i == 5) {
                c.crash(n2);
            }
            if (i == 15) {
                c.restart(n2);
            }
            c.submit(NodeId.of("n1"), Transactions.sign(c.client(), "t", Bytes.of(new byte[] {(byte) i}), i,
                    c.network().clock().millis()));
            c.network().runFor(Duration.ofMillis(30));
        }
        c.network().runFor(Duration.ofSeconds(2));
        assertEquals(20, c.ledger(n2).confirmedTransactions().size());
        assertEquals(c.ledger(NodeId.of("n1")).confirmedByKey(), c.ledger(n2).confirmedByKey());
    }
}
