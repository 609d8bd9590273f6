package dev.eet.consensus.kit;

import dev.eet.api.consensus.ConsensusProtocol;
import dev.eet.api.consensus.ConsensusProtocolProvider;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.spi.Config;
import dev.eet.api.spi.ProviderRegistry;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.crypto.NodeKeys;
import dev.eet.consensus.ledger.Transactions;
import dev.eet.tck.consensus.ConsensusProtocolConformanceKit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * A deployment of any TCP consensus provider that takes the common member parameters ({@code node},
 * {@code privateKey}, {@code listen}, {@code members}, {@code senders}, {@code ledger}) on loopback with file
 * ledgers in a fresh temporary directory; protocol-specific parameters are added by the caller.
 */
public final class TcpProviderCluster implements ConsensusProtocolConformanceKit.Cluster {
    private final List<ConsensusProtocol> members = new ArrayList<>();
    private final NodeKeys client = NodeKeys.derive(NodeId.of("client"), 9);
    private final Path dir;

    /**
     * @param provider the provider name
     * @param n members
     * @param extra adds protocol-specific parameters for member {@code i}
     */
    public TcpProviderCluster(String provider, int n, BiConsumer<Integer, Config.Builder> extra) {
        try {
            dir = Files.createTempDirectory("eet-kit-" + provider);
            List<NodeKeys> keys = new ArrayList<>();
            List<Integer> ports = new ArrayList<>();
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < n; i++) {
                NodeKeys k = NodeKeys.derive(NodeId.of("m" + i), 9);
                keys.add(k);
                try (ServerSocket s = new ServerSocket(0)) {
                    ports.add(s.getLocalPort());
                }
                list.append(i == 0 ? "" : ",").append(k.node()).append("@127.0.0.1:").append(ports.get(i))
                        .append('@').append(k.publicKey().toHex());
            }
            ConsensusProtocolProvider p = ProviderRegistry.load(ConsensusProtocolProvider.class).get(provider);
            for (int i = 0; i < n; i++) {
                Config.Builder b = Config.builder(provider + " m" + i).put("node", "m" + i)
                        .put("privateKey", keys.get(i).privateSeed().toHex()).put("listen", "127.0.0.1:" + ports.get(i))
                        .put("members", list.toString()).put("senders", "client=" + client.publicKey().toHex())
                        .put("ledger", dir.resolve("m" + i + ".ledger"));
                extra.accept(i, b);
                members.add(p.create(b.build()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<ConsensusProtocol> members() {
        return members;
    }

    @Override
    public TransactionEnvelope transaction(int i) {
        return Transactions.sign(client, "kit", Bytes.of(ByteBuffer.allocate(4).putInt(i).array()), i, i);
    }

    @Override
    public boolean await(BooleanSupplier condition, Duration limit) {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        members.forEach(ConsensusProtocol::close);
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
