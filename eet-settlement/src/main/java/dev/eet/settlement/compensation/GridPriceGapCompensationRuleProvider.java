package dev.eet.settlement.compensation;

import dev.eet.api.settlement.CompensationRule;
import dev.eet.api.settlement.CompensationRuleProvider;
import dev.eet.api.spi.Config;
import java.util.Set;

/** Provides {@link GridPriceGapCompensationRule} (no parameters). */
public final class GridPriceGapCompensationRuleProvider implements CompensationRuleProvider {
    @Override
    public String name() {
        return GridPriceGapCompensationRule.NAME;
    }

    @Override
    public CompensationRule create(Config config) {
        config.withSubject("compensation rule " + GridPriceGapCompensationRule.NAME).requireOnly(Set.of());
        return new GridPriceGapCompensationRule();
    }

    @Override
    public String description() {
        return "[CloudEdge] default: the party that falls short pays the other the grid price gap";
    }
}
