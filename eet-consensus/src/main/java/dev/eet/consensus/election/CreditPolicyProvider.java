package dev.eet.consensus.election;

import dev.eet.api.consensus.ElectionPolicy;
import dev.eet.api.consensus.ElectionPolicyProvider;
import dev.eet.api.spi.Config;
import java.util.HashSet;
import java.util.Set;

/**
 * Provides {@link CreditPolicy} as {@code credit}. Parameters: {@code mu}, {@code xi}, {@code alpha},
 * {@code beta}, {@code gamma}, {@code k}, {@code m}, {@code a} (see {@link CreditFormula}) and
 * {@code requireRoles} (default false).
 */
public final class CreditPolicyProvider implements ElectionPolicyProvider {
    @Override
    public String name() {
        return "credit";
    }

    @Override
    public String description() {
        return "[Credit] node credit: top K by G = mu * C + xi * V";
    }

    @Override
    public ElectionPolicy create(Config config) {
        Set<String> known = new HashSet<>(CreditFormula.PARAMETERS);
        known.add("requireRoles");
        Config c = config.withSubject("election policy credit").requireOnly(known);
        return new CreditPolicy(CreditFormula.from(c), c.getBoolean("requireRoles", false));
    }
}
