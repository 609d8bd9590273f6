package dev.eet.consensus.dpos;

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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Four DPoS nodes created through the {@code dpos} provider, on loopback TCP with file ledgers. */
class DposOverTcpTest {
    @TempDir
    Path dir;

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void theProtocolIsChosenByNameAndItsElectionPolicyByConfig() {
        assertTrue(ProviderRegistry.load(ConsensusProtocolProvider.class).names().contains("dpos"));
    }

    @Test
    void fourNodesCommitOverTcpWithTheElectedSchedule() throws Exception {
        List<NodeKeys> keys = new ArrayList<>();
        StringBuilder members = new StringBuilder();
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            NodeKeys k = NodeKeys.derive(NodeId.of("d" + i), 5);
            keys.add(k);
            ports.add(freePort());
            members.append(i == 0 ? "" : ",").append(k.node()).append("@127.0.0.1:").append(ports.get(i)).append('@')
                    .append(k.publicKey().toHex());
        }
        NodeKeys client = NodeKeys.derive(NodeId.of("client"), 5);
        ConsensusProtocolProvider p = ProviderRegistry.load(ConsensusProtocolProvider.class).get("dpos");
        List<ConsensusProtocol> nodes = new ArrayList<>();
        Map<Integer, Integer> counts = new ConcurrentHashMap<>();
        Set<NodeId> proposers = ConcurrentHashMap.newKeySet();
        try {
            for (int i = 0; i < 4; i++) {
                nodes.add(p.create(Config.builder("dpos d" + i).put("node", "d" + i)
                        .put("privateKey", keys.get(i).privateSeed().toHex()).put("listen", "127.0.0.1:" + ports.get(i))
                        .put("members", members.toString()).put("senders", "client=" + client.publicKey().toHex())
                        .put("ledger", dir.resolve("d" + i + ".ledger")).put("slot", "PT0.1S")
                        .put("election", "stake").put("delegates", 2)
                        .put("attributes", "d0:stake=1,d1:stake=2,d2:stake=30,d3:stake=40").build()));
            }
            for (int i = 0; i < 4; i++) {
                int me = i;
                counts.put(me, 0);
                nodes.get(i).onCommit(b -> {
                    counts.merge(me, b.transactions().size(), Integer::sum);
                    proposers.add(b.header().proposer());
                });
                nodes.get(i).start();
            }
            for (int t = 0; t < 20; t++) {
                nodes.get(t % 4).submit(Transactions.sign(client, "t", Bytes.of(new byte[] {(byte) t}), t, t));
            }
            long end = System.nanoTime() + 20_000_000_000L;
            while (System.nanoTime() < end && counts.values().stream().anyMatch(c -> c < 20)) {
                Thread.sleep(20);
            }
            for (int i = 0; i < 4; i++) {
                assertEquals(20, counts.get(i), "node d" + i + " committed every transaction over TCP");
            }
            long more = System.nanoTime() + 10_000_000_000L;                 // blocks (empty ones too) every slot
            while (System.nanoTime() < more && proposers.size() < 2) {
                Thread.sleep(20);
            }
            assertEquals(Set.of(NodeId.of("d2"), NodeId.of("d3")), Set.copyOf(proposers),
                    "only the two delegates elected by stake produce blocks");
        } finally {
            nodes.forEach(ConsensusProtocol::close);
        }
    }

    @Test
    void badConfigurationIsNamed() {
        ConsensusProtocolProvider p = ProviderRegistry.load(ConsensusProtocolProvider.class).get("dpos");
        NodeKeys k = NodeKeys.derive(NodeId.of("x"), 1);
        Config.Builder ok = Config.builder("dpos x").put("node", "x").put("privateKey", k.privateSeed().toHex())
                .put("listen", "127.0.0.1:0").put("members", "x@127.0.0.1:1@" + k.publicKey().toHex());
        InvalidArgumentException unknown = assertThrows(InvalidArgumentException.class,
                () -> p.create(ok.build().toBuilder().put("slots", "1").build()));
        assertEquals("slots", unknown.field());
        InvalidArgumentException delegates = assertThrows(InvalidArgumentException.class,
                () -> p.create(ok.build().toBuilder().put("delegates", 2).build()));
        assertEquals("delegates", delegates.field());
        InvalidArgumentException attrs = assertThrows(InvalidArgumentException.class,
                () -> p.create(ok.build().toBuilder().put("attributes", "y:stake=1").build()));
        assertEquals("attributes", attrs.field());
        assertThrows(dev.eet.api.spi.UnknownProviderException.class,
                () -> p.create(ok.build().toBuilder().put("election", "nope").build()));
    }
}
