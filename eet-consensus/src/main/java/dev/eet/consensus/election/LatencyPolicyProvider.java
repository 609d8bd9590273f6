package dev.eet.consensus.election;

import dev.eet.api.consensus.ElectionPolicy;
import dev.eet.api.consensus.ElectionPolicyProvider;
import dev.eet.api.spi.Config;
import java.util.Set;

/**
 * Provides {@link LatencyPolicy} as {@code latency} with a fresh {@link Quarantine}. Parameters:
 * {@code delegateRatio} (default 0.2) and {@code standbyRatio} (default 0.1), the per-chain shares of the node
 * count.
 */
public final class LatencyPolicyProvider implements ElectionPolicyProvider {
    @Override
    public String name() {
        return "latency";
    }

    @Override
    public String description() {
        return "[CloudEdge] lowest average heartbeat RTT first; non-responders dropped";
    }

    @Override
    public ElectionPolicy create(Config config) {
        Config c = config.withSubject("election policy latency").requireOnly(Set.of("delegateRatio", "standbyRatio"));
        return new LatencyPolicy(new Quarantine(), c.getDouble("delegateRatio", 0.2), c.getDouble("standbyRatio", 0.1));
    }
}
