package dev.eet.consensus.election;

import dev.eet.api.consensus.ElectionPolicy;
import dev.eet.api.consensus.ElectionPolicyProvider;
import dev.eet.api.spi.Config;

/**
 * Provides {@link ReputationPolicy} as {@code reputation}. Parameters: {@code tInit}, {@code tMax}, {@code tUp},
 * {@code tDown}, {@code tMin}, {@code randomMin}, {@code randomMax} (see {@link ReputationRules}); the config
 * seed seeds T_r.
 */
public final class ReputationPolicyProvider implements ElectionPolicyProvider {
    @Override
    public String name() {
        return "reputation";
    }

    @Override
    public String description() {
        return "[Report] top n by reputation + seeded random T_r, excluding parties to the transaction";
    }

    @Override
    public ElectionPolicy create(Config config) {
        Config c = config.withSubject("election policy reputation").requireOnly(ReputationRules.PARAMETERS);
        return new ReputationPolicy(ReputationRules.from(c), c.seed());
    }
}
