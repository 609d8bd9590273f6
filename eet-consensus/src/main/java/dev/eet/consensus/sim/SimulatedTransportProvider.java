package dev.eet.consensus.sim;

import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.Transport;
import dev.eet.api.consensus.TransportProvider;
import dev.eet.api.spi.Config;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Provider {@code simulated}: joins node {@code node} (required) to the process-wide simulated network named
 * {@code network} (default {@code "default"}), created on first use with the config's seed. Programmatic users
 * normally create a {@link SimulatedNetwork} directly and call {@link SimulatedNetwork#join}.
 */
public final class SimulatedTransportProvider implements TransportProvider {
    private static final Map<String, SimulatedNetwork> NETWORKS = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "simulated";
    }

    @Override
    public Transport create(Config config) {
        config.requireOnly(Set.of("network", "node"));
        NodeId node = NodeId.of(config.getString("node"));
        SimulatedNetwork net = network(config.getString("network", "default"), config.seed());
        synchronized (net) {
            return net.join(node);
        }
    }

    /**
     * @param name a network name
     * @param seed its seed if it does not exist yet
     * @return the named process-wide network
     */
    public static SimulatedNetwork network(String name, long seed) {
        return NETWORKS.computeIfAbsent(name, n -> new SimulatedNetwork(seed));
    }

    /** @param name a network name to forget */
    public static void forget(String name) {
        NETWORKS.remove(name);
    }

    @Override
    public String description() {
        return "deterministic simulated network (virtual time)";
    }
}
