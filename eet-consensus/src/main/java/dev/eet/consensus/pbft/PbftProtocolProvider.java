package dev.eet.consensus.pbft;

import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.ConsensusProtocol;
import dev.eet.api.consensus.ConsensusProtocolProvider;
import dev.eet.api.consensus.LedgerStore;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.spi.Config;
import dev.eet.consensus.ledger.FileLedgerStore;
import dev.eet.consensus.ledger.MemoryLedgerStore;
import dev.eet.consensus.runtime.ExecutorScheduler;
import dev.eet.consensus.tcp.MemberConfig;
import dev.eet.consensus.tcp.TcpTransport;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Provider {@code pbft}: one PBFT member over TCP. Parameters:
 * <ul>
 *   <li>{@code node}, {@code privateKey} (hex 32-byte Ed25519 seed), {@code listen} ({@code host:port});</li>
 *   <li>{@code members}: {@code id@host:port@publicKeyHex,...} in primary-rotation order, this node included;</li>
 *   <li>{@code senders}: {@code id=publicKeyHex,...} keys of transaction signers (optional);</li>
 *   <li>{@code ledger}: path of the ledger file (optional; in-memory when absent);</li>
 *   <li>{@code maxMessageCount}, {@code maxBatchTime}, {@code viewTimeout}, {@code checkpointInterval},
 *       {@code tInit tMax tUp tDown tMin} (optional, see {@link PbftOptions#from}).</li>
 * </ul>
 * The clock is the config's clock.
 */
public final class PbftProtocolProvider implements ConsensusProtocolProvider {
    private static final Set<String> KEYS = Set.of("node", "privateKey", "listen", "members", "senders", "ledger",
            "maxMessageCount", "maxBatchTime", "viewTimeout", "checkpointInterval", "tInit", "tMax", "tUp", "tDown",
            "tMin");

    @Override
    public String name() {
        return "pbft";
    }

    @Override
    public ConsensusProtocol create(Config c) {
        c.requireOnly(KEYS);
        MemberConfig m = MemberConfig.parse(c);
        NodeId node = m.keys().node();
        PbftGroup group = new PbftGroup(m.order(), Set.of(), m.directory());
        PbftOptions options = PbftOptions.from(c);
        LedgerStore store = c.find("ledger").<LedgerStore>map(p -> FileLedgerStore.open(Path.of(p),
                Optional.of(group.verifier()))).orElseGet(MemoryLedgerStore::new);
        TcpTransport transport = m.connect(c);
        ExecutorScheduler scheduler = new ExecutorScheduler("eet-pbft-" + node, c.clock());
        return new Node(new PbftReplica(group, m.keys(), transport, scheduler, store, options), transport, scheduler, store);
    }

    @Override
    public String description() {
        return "PBFT consensus group member over TCP";
    }

    /** A replica plus the resources it owns. */
    private record Node(PbftReplica replica, TcpTransport transport, ExecutorScheduler scheduler, LedgerStore store)
            implements ConsensusProtocol {
        @Override
        public String name() {
            return replica.name();
        }

        @Override
        public void start() {
            replica.start();
        }

        @Override
        public void submit(TransactionEnvelope transaction) {
            replica.submit(transaction);
        }

        @Override
        public void onCommit(Consumer<Block> listener) {
            replica.onCommit(listener);
        }

        @Override
        public long committedHeight() {
            return replica.committedHeight();
        }

        @Override
        public void close() {
            replica.close();
            transport.close();
            scheduler.close();
            store.close();
        }
    }
}
