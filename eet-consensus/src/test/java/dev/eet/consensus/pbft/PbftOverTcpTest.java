package dev.eet.consensus.pbft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.ConsensusProtocol;
import dev.eet.api.consensus.ConsensusProtocolProvider;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.spi.Config;
import dev.eet.api.spi.ProviderRegistry;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.crypto.NodeKeys;
import dev.eet.consensus.ledger.Transactions;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Four PBFT members created through the {@code pbft} provider, on loopback TCP with file ledgers. */
class PbftOverTcpTest {
    @TempDir
    Path dir;

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void fourMembersCommitOverTcp() throws Exception {
        List<NodeKeys> keys = new ArrayList<>();
        List<Integer> ports = new ArrayList<>();
        StringBuilder members = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            NodeKeys k = NodeKeys.derive(NodeId.of("p" + i), 3);
            keys.add(k);
            ports.add(freePort());
            members.append(i == 0 ? "" : ",").append(k.node()).append("@127.0.0.1:").append(ports.get(i)).append('@')
                    .append(k.publicKey().toHex());
        }
        NodeKeys client = NodeKeys.derive(NodeId.of("client"), 3);
        ConsensusProtocolProvider p = ProviderRegistry.load(ConsensusProtocolProvider.class).get("pbft");
        List<ConsensusProtocol> nodes = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                nodes.add(p.create(Config.builder("pbft p" + i).put("node", "p" + i)
                        .put("privateKey", keys.get(i).privateSeed().toHex()).put("listen", "127.0.0.1:" + ports.get(i))
                        .put("members", members.toString()).put("senders", "client=" + client.publicKey().toHex())
                        .put("ledger", dir.resolve("p" + i + ".ledger")).put("maxBatchTime", "10").build()));
            }
            for (ConsensusProtocol n : nodes) {
                COUNTS.put(n, 0);
                n.onCommit(b -> COUNTS.merge(n, b.transactions().size(), Integer::sum));
                n.start();
            }
            for (int t = 0; t < 20; t++) {
                nodes.get(t % 4).submit(Transactions.sign(client, "t", Bytes.of(new byte[] {(byte) t}), t, t));
            }
            long end = System.nanoTime() + 20_000_000_000L;
            while (System.nanoTime() < end && nodes.stream().anyMatch(n -> committedTxs(n) < 20)) {
                Thread.sleep(20);
            }
            for (ConsensusProtocol n : nodes) {
                assertEquals(20, committedTxs(n), "every member committed every transaction over TCP");
            }
        } finally {
            nodes.forEach(ConsensusProtocol::close);
        }
        // the ledgers are durable and identical
        try (var s0 = dev.eet.consensus.ledger.FileLedgerStore.open(dir.resolve("p0.ledger"));
             var s3 = dev.eet.consensus.ledger.FileLedgerStore.open(dir.resolve("p3.ledger"))) {
            long h = Math.min(s0.height(), s3.height());
            assertTrue(h >= 0);
            // same block (certificates may hold different 2m+1 subsets of the commit signatures)
            assertEquals(dev.eet.consensus.ledger.Blocks.hash(s0.block(h).orElseThrow()),
                    dev.eet.consensus.ledger.Blocks.hash(s3.block(h).orElseThrow()));
            assertEquals(s0.block(h).orElseThrow().transactions(), s3.block(h).orElseThrow().transactions());
        }
    }

    private static final java.util.Map<ConsensusProtocol, Integer> COUNTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static int committedTxs(ConsensusProtocol n) {
        return COUNTS.getOrDefault(n, 0);
    }

    @Test
    void badConfigurationIsNamed() {
        ConsensusProtocolProvider p = ProviderRegistry.load(ConsensusProtocolProvider.class).get("pbft");
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> p.create(Config.builder("pbft x").put("node", "x").put("privateKey", "zz").put("listen", "127.0.0.1:0")
                        .put("members", "x@127.0.0.1:1@00").build()));
        assertEquals("privateKey", e.field());
        InvalidArgumentException unknown = assertThrows(InvalidArgumentException.class,
                () -> p.create(Config.builder("pbft x").put("nodes", "x").build()));
        assertEquals("nodes", unknown.field());
    }
}
