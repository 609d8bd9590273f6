package dev.eet.consensus.sim;

import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.Transport;
import dev.eet.tck.consensus.TransportConformanceKit;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/** The simulated network (reliable links with random latency and reordering) passes the transport kit. */
class SimulatedTransportConformanceTest extends TransportConformanceKit {
    @Override
    protected Cluster createCluster(List<NodeId> nodes) {
        SimulatedNetwork net = new SimulatedNetwork(11);
        net.setDefaultLink(LinkProfile.of(LatencyModel.exponential(500, 2_000)).withReordering(0.2, 5_000));
        nodes.forEach(net::join);
        return new Cluster() {
            @Override
            public Transport transport(NodeId node) {
                return net.transport(node);
            }

            @Override
            public boolean await(BooleanSupplier condition, Duration limit) {
                return net.runUntil(condition, limit);
            }

            @Override
            public void close() {
                nodes.forEach(n -> net.transport(n).close());
            }
        };
    }
}
