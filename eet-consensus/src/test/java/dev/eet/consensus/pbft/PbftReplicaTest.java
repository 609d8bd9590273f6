package dev.eet.consensus.pbft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.harness.PbftCluster;
import dev.eet.consensus.harness.SafetyMonitor;
import dev.eet.consensus.ledger.Blocks;
import dev.eet.consensus.ledger.Transactions;
import dev.eet.consensus.sim.Behaviour;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PbftReplicaTest {
    private static final NodeId N0 = NodeId.of("n0");
    private static final NodeId N1 = NodeId.of("n1");

    private static List<TransactionEnvelope> submit(PbftCluster c, NodeId via, int count, int from) {
        List<TransactionEnvelope> out = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            TransactionEnvelope tx = Transactions.sign(c.client(), "t", Bytes.of(new byte[] {(byte) i}), i,
                    c.network().clock().millis());
            c.submit(via, tx);
            out.add(tx);
        }
        return out;
    }

    private static Set<Bytes> committedIds(PbftCluster c, NodeId n) {
        Set<Bytes> ids = new HashSet<>();
        for (long h = 0; h <= c.store(n).height(); h++) {
            c.store(n).block(h).orElseThrow().transactions().forEach(t -> ids.add(t.id()));
        }
        return ids;
    }

    private static boolean allCommitted(PbftCluster c, List<TransactionEnvelope> txs) {
        for (NodeId n : c.nodes()) {
            Set<Bytes> ids = committedIds(c, n);
            for (TransactionEnvelope t : txs) {
                if (!ids.contains(t.id())) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void fourMembersCommitTheSameVerifiedBlocks() {
        PbftCluster c = PbftCluster.create(1, 4, PbftOptions.DEFAULTS.withBatching(10, Duration.ofMillis(20)));
        c.start();
        List<TransactionEnvelope> txs = submit(c, N1, 25, 0);
        assertTrue(c.network().runUntil(() -> allCommitted(c, txs), Duration.ofSeconds(5)), "all committed");
        SafetyMonitor m = new SafetyMonitor(c.verifier(), c::store, Set.copyOf(c.nodes()));
        assertTrue(m.check(0), m.violations().toString());
        long h = c.store(N0).height();
        assertTrue(h >= 2, "25 transactions at MMC 10 need at least 3 blocks, height " + h);
        for (long i = 0; i <= h; i++) {
            assertTrue(c.store(N0).block(i).orElseThrow().transactions().size() <= 10, "MMC respected");
            assertTrue(c.store(N0).block(i).orElseThrow().certificate().signatures().size() >= 3, "2m+1 certificate");
        }
        assertEquals(0, c.replica(N0).view(), "no view change without faults");
    }

    @Test
    void silentPrimaryIsReplacedByAViewChange() {
        PbftCluster c = PbftCluster.create(2, 4, PbftOptions.DEFAULTS.withBatching(5, Duration.ofMillis(20)));
        c.network().setBehaviour(N0, Behaviour.silent());     // primary of view 0
        c.start();
        List<TransactionEnvelope> txs = submit(c, N1, 7, 0);
        List<NodeId> honest = List.of(N1, NodeId.of("n2"), NodeId.of("n3"));
        assertTrue(c.network().runUntil(() -> honest.stream().allMatch(n -> committedIds(c, n).containsAll(
                txs.stream().map(TransactionEnvelope::id).toList())), Duration.ofSeconds(30)), "committed after view change");
        assertTrue(c.replica(N1).view() >= 1, "view moved on: " + c.replica(N1));
    }

    @Test
    void checkpointsTruncateTheLog() {
        PbftCluster c = PbftCluster.create(3, 4, PbftOptions.DEFAULTS.withBatching(1, Duration.ZERO).withCheckpointInterval(4));
        c.start();
        List<TransactionEnvelope> txs = submit(c, N1, 12, 0);
        assertTrue(c.network().runUntil(() -> allCommitted(c, txs), Duration.ofSeconds(10)));
        c.network().runFor(Duration.ofSeconds(1));
        for (NodeId n : c.nodes()) {
            assertTrue(c.replica(n).stableCheckpoint() >= 8, n + " stable checkpoint " + c.replica(n).stableCheckpoint());
            assertTrue(c.replica(n).logSize() <= 8, n + " log size " + c.replica(n).logSize());
        }
    }

    @Test
    void crashedMemberCatchesUpAfterRestart() {
        PbftCluster c = PbftCluster.create(4, 4, PbftOptions.DEFAULTS.withBatching(2, Duration.ofMillis(10)));
        c.start();
        NodeId n3 = NodeId.of("n3");
        c.crash(n3);
        List<TransactionEnvelope> txs = submit(c, N1, 10, 0);
        c.network().runFor(Duration.ofSeconds(2));
        assertEquals(-1, c.store(n3).height());
        c.restart(n3);
        List<TransactionEnvelope> more = submit(c, N1, 2, 100);
        assertTrue(c.network().runUntil(() -> committedIds(c, n3).containsAll(
                txs.stream().map(TransactionEnvelope::id).toList()) && allCommitted(c, more), Duration.ofSeconds(20)),
                "restarted member caught up: height " + c.store(n3).height() + " vs " + c.store(N0).height());
    }

    @Test
    void reputationRewardsAgreeingMembersAndPenalisesWrongVotes() {
        PbftCluster c = PbftCluster.create(5, 4, PbftOptions.DEFAULTS.withBatching(1, Duration.ZERO));
        NodeId n3 = NodeId.of("n3");
        c.makeByzantine(n3, PbftMisbehaviour.WRONG_DIGEST);
        c.start();
        List<TransactionEnvelope> txs = submit(c, N1, 3, 0);
        List<NodeId> honest = List.of(N0, N1, NodeId.of("n2"));
        assertTrue(c.network().runUntil(() -> honest.stream().allMatch(n -> c.store(n).height() >= 2), Duration.ofSeconds(10)));
        ReputationBook book = c.replica(N0).reputation();
        assertTrue(book.score(N1) > ReputationBook.Parameters.DEFAULTS.tInit(), "agreeing member gained: " + book.scores());
        assertTrue(book.score(n3) < ReputationBook.Parameters.DEFAULTS.tInit(), "wrong-digest member lost: " + book.scores());
    }

    @Test
    void observerAcceptsWhenMoreThanHalfOfTheGroupAgrees() {
        // a 4-member group plus one observer, wired by hand
        var net = new dev.eet.consensus.sim.SimulatedNetwork(9);
        List<dev.eet.consensus.crypto.NodeKeys> ks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ks.add(dev.eet.consensus.crypto.NodeKeys.derive(NodeId.of("n" + i), 9));
        }
        var client = dev.eet.consensus.crypto.NodeKeys.derive(NodeId.of("client"), 9);
        List<dev.eet.consensus.crypto.NodeKeys> all = new ArrayList<>(ks);
        all.add(client);
        NodeId obs = NodeId.of("observer");
        PbftGroup g = new PbftGroup(ks.stream().map(dev.eet.consensus.crypto.NodeKeys::node).toList(), Set.of(obs),
                dev.eet.consensus.crypto.KeyDirectory.of(all));
        List<PbftReplica> rs = new ArrayList<>();
        for (var k : ks) {
            net.join(k.node());
        }
        var observerStore = new dev.eet.consensus.ledger.MemoryLedgerStore();
        PbftObserver o = new PbftObserver(g, net.join(obs), net.scheduler(obs), observerStore);
        for (var k : ks) {
            PbftReplica r = new PbftReplica(g, k, net.join(k.node()), net.scheduler(k.node()),
                    new dev.eet.consensus.ledger.MemoryLedgerStore(), PbftOptions.DEFAULTS.withBatching(1, Duration.ZERO));
            rs.add(r);
            r.start();
        }
        o.start();
        List<Block> accepted = new ArrayList<>();
        o.onCommit(accepted::add);
        o.submit(Transactions.sign(client, "t", Bytes.EMPTY, 1, 1));
        assertTrue(net.runUntil(() -> observerStore.height() == 0, Duration.ofSeconds(5)));
        assertEquals(Blocks.hash(rs.get(0).committedHeight() >= 0 ? accepted.get(0) : null),
                Blocks.hash(observerStore.block(0).orElseThrow()));
        // with 2 of 4 results only (n/2, not more), nothing is accepted
        net.setBehaviour(NodeId.of("n2"), (to, m, emit) -> { if (!to.equals(obs)) { emit.accept(to, m); } });
        net.setBehaviour(NodeId.of("n3"), (to, m, emit) -> { if (!to.equals(obs)) { emit.accept(to, m); } });
        o.submit(Transactions.sign(client, "t", Bytes.EMPTY, 2, 2));
        assertTrue(net.runUntil(() -> rs.get(0).committedHeight() == 1, Duration.ofSeconds(5)));
        net.runFor(Duration.ofSeconds(1));
        assertEquals(0, observerStore.height(), "2 of 4 matching results are not more than n/2");
    }
}
