package dev.eet.consensus.election;

import dev.eet.api.consensus.ElectionPolicy;
import dev.eet.api.consensus.ElectionPolicyProvider;
import dev.eet.api.spi.Config;
import java.util.Set;

/** Provides {@link StakePolicy} as {@code stake}; accepts no parameters. */
public final class StakePolicyProvider implements ElectionPolicyProvider {
    @Override
    public String name() {
        return "stake";
    }

    @Override
    public String description() {
        return "classic DPoS: top K by stake-weighted votes";
    }

    @Override
    public ElectionPolicy create(Config config) {
        config.withSubject("election policy stake").requireOnly(Set.of());
        return new StakePolicy();
    }
}
