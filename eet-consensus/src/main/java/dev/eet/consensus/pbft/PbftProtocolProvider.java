package dev.eet.consensus.pbft;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.ConsensusProtocol;
import dev.eet.api.consensus.ConsensusProtocolProvider;
import dev.eet.api.consensus.LedgerStore;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.spi.Config;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.crypto.KeyDirectory;
import dev.eet.consensus.crypto.NodeKeys;
import dev.eet.consensus.ledger.FileLedgerStore;
import dev.eet.consensus.ledger.MemoryLedgerStore;
import dev.eet.consensus.runtime.ExecutorScheduler;
import dev.eet.consensus.tcp.PeerList;
import dev.eet.consensus.tcp.TcpTransport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        NodeId node = NodeId.of(c.getString("node"));
        Bytes seed;
        try {
            seed = Bytes.fromHex(c.getString("privateKey"));
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(c.subject(), "privateKey", "is not hexadecimal");
        }
        NodeKeys keys = NodeKeys.fromSeed(node, seed);
        List<TcpTransport.Peer> members = PeerList.parse(c.subject(), "members", c.getString("members"));
        Map<NodeId, Bytes> directory = new HashMap<>();
        List<NodeId> order = new ArrayList<>();
        for (TcpTransport.Peer p : members) {
            directory.put(p.id(), p.publicKey());
            order.add(p.id());
        }
        if (!order.contains(node)) {
            throw new InvalidArgumentException(c.subject(), "members", "must include this node " + node);
        }
        if (!directory.get(node).equals(keys.publicKey())) {
            throw new InvalidArgumentException(c.subject(), "privateKey", "does not match the public key listed for "
                    + node + " in members");
        }
        for (String s : c.getString("senders", "").split(",")) {
            if (s.isBlank()) {
                continue;
            }
            String[] kv = s.trim().split("=");
            if (kv.length != 2) {
                throw new InvalidArgumentException(c.subject(), "senders", "entry '" + s + "' is not id=publicKeyHex");
            }
            try {
                directory.put(NodeId.of(kv[0]), Bytes.fromHex(kv[1]));
            } catch (IllegalArgumentException e) {
                throw new InvalidArgumentException(c.subject(), "senders", "key of " + kv[0] + " is not hexadecimal");
            }
        }
        PbftGroup group = new PbftGroup(order, Set.of(), KeyDirectory.of(directory));
        PbftOptions options = PbftOptions.from(c);
        LedgerStore store = c.find("ledger").<LedgerStore>map(p -> FileLedgerStore.open(Path.of(p),
                Optional.of(group.verifier()))).orElseGet(MemoryLedgerStore::new);
        TcpTransport transport = TcpTransport.bind(keys, PeerList.address(c.subject(), "listen", c.getString("listen")),
                TcpTransport.Options.DEFAULTS);
        transport.connect(members);
        ExecutorScheduler scheduler = new ExecutorScheduler("eet-pbft-" + node, c.clock());
        return new Node(new PbftReplica(group, keys, transport, scheduler, store, options), transport, scheduler, store);
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
