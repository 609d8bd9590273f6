package dev.eet.consensus.election;

import dev.eet.api.consensus.ElectionPolicy;
import dev.eet.api.consensus.ElectionPolicyProvider;
import dev.eet.api.spi.Config;
import java.util.HashSet;
import java.util.Set;

/**
 * Provides {@link FdposPolicy} as {@code fdpos}. Parameters: {@code gamma}, {@code d1}, {@code d2}, {@code d3},
 * {@code rho}, {@code mu}, {@code eta} (see {@link VesScore}) and {@code computeThreshold} (default 0).
 */
public final class FdposPolicyProvider implements ElectionPolicyProvider {
    @Override
    public String name() {
        return "fdpos";
    }

    @Override
    public String description() {
        return "[FDPoS] top N (odd) by VES score of capacity, token growth and votes";
    }

    @Override
    public ElectionPolicy create(Config config) {
        Set<String> known = new HashSet<>(VesScore.PARAMETERS);
        known.add("computeThreshold");
        Config c = config.withSubject("election policy fdpos").requireOnly(known);
        return new FdposPolicy(VesScore.from(c), c.getDouble("computeThreshold", 0));
    }
}
