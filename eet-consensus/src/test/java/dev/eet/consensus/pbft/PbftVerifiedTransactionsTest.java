package dev.eet.consensus.pbft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.consensus.Transport;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.crypto.KeyDirectory;
import dev.eet.consensus.crypto.NodeKeys;
import dev.eet.consensus.ledger.Blocks;
import dev.eet.consensus.ledger.MemoryLedgerStore;
import dev.eet.consensus.ledger.Transactions;
import dev.eet.consensus.sim.SimulatedNetwork;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The verified-transaction cache of a replica never lets a forged transaction through: a fake primary first sends
 * the genuine transaction as a request (so it is cached), then a pre-prepare carrying a copy with another signature
 * or another payload under the same id; the honest member must not prepare it.
 */
class PbftVerifiedTransactionsTest {
    private static final List<NodeKeys> MEMBERS = List.of(NodeKeys.derive(NodeId.of("n0"), 3),
            NodeKeys.derive(NodeId.of("n1"), 3), NodeKeys.derive(NodeId.of("n2"), 3), NodeKeys.derive(NodeId.of("n3"), 3));
    private static final NodeKeys CLIENT = NodeKeys.derive(NodeId.of("client"), 3);

    private static Bytes flip(Bytes b, int i) {
        byte[] a = b.toArray();
        a[i] ^= 1;
        return Bytes.of(a);
    }

    /** @return whether member n1 prepared (cacheHits[0]: cache hits caused by the pre-prepare) the block the fake primary n0 proposed with {@code inBlock(genuine)} */
    private static boolean prepares(UnaryOperator<TransactionEnvelope> inBlock, long[] cacheHits) {
        List<NodeKeys> all = new ArrayList<>(MEMBERS);
        all.add(CLIENT);
        PbftGroup group = new PbftGroup(MEMBERS.stream().map(NodeKeys::node).toList(), Set.of(), KeyDirectory.of(all));
        SimulatedNetwork net = new SimulatedNetwork(5);
        Transport primary = net.join(MEMBERS.get(0).node());
        for (int i = 2; i < 4; i++) {
            net.join(MEMBERS.get(i).node());
        }
        NodeId n1 = MEMBERS.get(1).node();
        PbftReplica replica = new PbftReplica(group, MEMBERS.get(1), net.join(n1), net.scheduler(n1),
                new MemoryLedgerStore(), PbftOptions.DEFAULTS.withBatching(1, Duration.ofMillis(10)));
        AtomicBoolean prepared = new AtomicBoolean();
        primary.onMessage((from, bytes) -> {
            if (PbftCodec.decode(bytes) instanceof PbftMessage.Prepare p && p.sender().equals(n1)) {
                prepared.set(true);
            }
        });
        replica.start();
        net.runFor(Duration.ofMillis(50));
        TransactionEnvelope genuine = Transactions.sign(CLIENT, "order", Bytes.of(new byte[] {7}), 1, 1);
        primary.send(n1, PbftCodec.encode(new PbftMessage.Request(genuine)));
        net.runFor(Duration.ofMillis(50));
        long before = replica.verifiedTransactions().hits();
        Block block = Blocks.propose(MEMBERS.get(0), 0, Bytes.EMPTY, List.of(inBlock.apply(genuine)),
                net.clock().millis());
        primary.send(n1, PbftCodec.encode(PbftMessage.PrePrepare.sign(MEMBERS.get(0), 0, block)));
        net.runFor(Duration.ofMillis(200));
        cacheHits[0] = replica.verifiedTransactions().hits() - before;
        replica.close();
        return prepared.get();
    }

    @Test
    void theGenuineTransactionIsPreparedFromTheCache() {
        long[] hits = new long[1];
        assertTrue(prepares(tx -> tx, hits), "control: the honest member prepares a valid proposal");
        assertTrue(hits[0] >= 1, "the pre-prepare's transaction was answered from the cache, hits " + hits[0]);
    }

    @Test
    void aForgedSignatureInsideAPrePrepareIsRejectedDespiteTheCachedGenuineCopy() {
        long[] hits = new long[1];
        assertFalse(prepares(tx -> new TransactionEnvelope(tx.id(), tx.type(), tx.payload(), tx.sender(), tx.nonce(),
                tx.timestamp(), flip(tx.signature(), 9)), hits));
        assertEquals(0, hits[0], "the forged copy never hits the cache");
    }

    @Test
    void aCachedIdWithAnotherPayloadInsideAPrePrepareIsRejected() {
        long[] hits = new long[1];
        assertFalse(prepares(tx -> new TransactionEnvelope(tx.id(), tx.type(), Bytes.of(new byte[] {8}), tx.sender(),
                tx.nonce(), tx.timestamp(), tx.signature()), hits));
        assertEquals(0, hits[0]);
    }
}
