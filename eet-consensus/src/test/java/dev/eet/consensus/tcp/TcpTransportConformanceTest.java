package dev.eet.consensus.tcp;

import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.Transport;
import dev.eet.consensus.crypto.NodeKeys;
import dev.eet.tck.consensus.TransportConformanceKit;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** The TCP transport on 127.0.0.1 ephemeral ports passes the transport conformance kit. */
class TcpTransportConformanceTest extends TransportConformanceKit {
    /** Connected TCP transports on loopback. */
    static final class TcpCluster implements Cluster {
        final Map<NodeId, TcpTransport> transports = new LinkedHashMap<>();

        TcpCluster(List<NodeId> nodes) {
            List<TcpTransport.Peer> peers = new ArrayList<>();
            for (NodeId n : nodes) {
                NodeKeys k = NodeKeys.derive(n, 5);
                TcpTransport t = TcpTransport.bind(k, new InetSocketAddress("127.0.0.1", 0), TcpTransport.Options.DEFAULTS);
                transports.put(n, t);
                peers.add(new TcpTransport.Peer(n, t.localAddress(), k.publicKey()));
            }
            transports.values().forEach(t -> t.connect(peers));
        }

        @Override
        public Transport transport(NodeId node) {
            return transports.get(node);
        }

        @Override
        public boolean await(BooleanSupplier condition, Duration limit) {
            long end = System.nanoTime() + limit.toNanos();
            while (!condition.getAsBoolean()) {
                if (System.nanoTime() > end) {
                    return condition.getAsBoolean();
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }

        @Override
        public void close() {
            transports.values().forEach(TcpTransport::close);
        }
    }

    @Override
    protected Cluster createCluster(List<NodeId> nodes) {
        return new TcpCluster(nodes);
    }
}
