package dev.eet.matching.auction;

import dev.eet.api.matching.Matcher;
import dev.eet.api.matching.MatcherProvider;
import dev.eet.api.spi.Config;

/** Registers {@link BilateralMatcher} under the name {@value BilateralMatcher#NAME}. */
public final class BilateralMatcherProvider implements MatcherProvider {
    @Override
    public String name() {
        return BilateralMatcher.NAME;
    }

    @Override
    public Matcher create(Config config) {
        return BilateralMatcher.from(config);
    }

    @Override
    public String description() {
        return "baseline: high-low bilateral pairs at one marginal price, grid fallback";
    }
}
