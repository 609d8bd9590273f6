package dev.eet.consensus.pbft;

import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.ConsensusProtocol;
import dev.eet.api.consensus.LedgerStore;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.consensus.Transport;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.ledger.BlockRejectedException;
import dev.eet.consensus.ledger.Blocks;
import dev.eet.consensus.ledger.Transactions;
import dev.eet.consensus.runtime.Scheduler;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A node outside the consensus group [Report ch.5]: it accepts a block when more than n/2 group members sent it
 * the same result (block hash) for that height, and the block verifies against its head, signatures and
 * commit certificate included (a certificate of {@link PbftGroup#quorum()} members, the one threshold of the
 * group). Submitted
 * transactions are forwarded to every member.
 */
public final class PbftObserver implements ConsensusProtocol {
    private final PbftGroup group;
    private final Transport transport;
    private final Scheduler scheduler;
    private final LedgerStore store;
    private final List<Consumer<Block>> listeners = new CopyOnWriteArrayList<>();
    private final TreeMap<Long, Map<Bytes, Set<NodeId>>> results = new TreeMap<>();
    private final Map<Bytes, Block> bodies = new HashMap<>();
    private volatile long height;
    private Bytes headHash = Bytes.EMPTY;

    /**
     * @param group the group whose results are accepted
     * @param transport this node's transport
     * @param scheduler its scheduler
     * @param store its ledger
     */
    public PbftObserver(PbftGroup group, Transport transport, Scheduler scheduler, LedgerStore store) {
        this.group = group;
        this.transport = transport;
        this.scheduler = scheduler;
        this.store = store;
        this.height = store.height();
        if (height >= 0) {
            headHash = Blocks.hash(store.block(height).orElseThrow());
        }
    }

    @Override
    public String name() {
        return "pbft-observer";
    }

    @Override
    public void start() {
        PbftCodec.listen(transport, "pbft observer", (from, m) -> {
            if (m instanceof PbftMessage.Decision d && group.isMember(from)) {
                scheduler.execute(() -> onResult(from, d.block()));
            }
        });
    }

    private void onResult(NodeId from, Block block) {
        if (block.height() <= height) {
            return;
        }
        Bytes digest = Blocks.hash(block);
        bodies.putIfAbsent(digest, block);
        results.computeIfAbsent(block.height(), h -> new HashMap<>()).computeIfAbsent(digest, d -> new HashSet<>())
                .add(from);
        drain();
    }

    private void drain() {
        while (true) {
            Map<Bytes, Set<NodeId>> atNext = results.get(height + 1);
            if (atNext == null) {
                return;
            }
            Bytes accepted = null;
            for (Map.Entry<Bytes, Set<NodeId>> e : atNext.entrySet()) {
                if (e.getValue().size() >= group.majority()) {
                    accepted = e.getKey();
                }
            }
            if (accepted == null) {
                return;
            }
            Block b = bodies.get(accepted);
            try {
                group.verifier().verify(b, headHash);
            } catch (BlockRejectedException e) {
                return;
            }
            store.append(b);
            height = b.height();
            headHash = accepted;
            results.headMap(height + 1).clear();
            bodies.values().removeIf(x -> x.height() <= height);
            listeners.forEach(l -> l.accept(b));
        }
    }

    @Override
    public void submit(TransactionEnvelope transaction) {
        Transactions.verify(transaction, group.keys());
        Bytes bytes = PbftCodec.encode(new PbftMessage.Request(transaction));
        scheduler.execute(() -> group.members().forEach(m -> transport.send(m, bytes)));
    }

    @Override
    public void onCommit(Consumer<Block> listener) {
        listeners.add(listener);
    }

    @Override
    public long committedHeight() {
        return height;
    }

    @Override
    public void close() {
        transport.close();
    }
}
