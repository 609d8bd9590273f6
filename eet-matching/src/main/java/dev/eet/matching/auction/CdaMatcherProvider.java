package dev.eet.matching.auction;

import dev.eet.api.matching.Matcher;
import dev.eet.api.matching.MatcherProvider;
import dev.eet.api.spi.Config;

/** Registers {@link CdaMatcher} under the name {@value CdaMatcher#NAME}. */
public final class CdaMatcherProvider implements MatcherProvider {
    @Override
    public String name() {
        return CdaMatcher.NAME;
    }

    @Override
    public Matcher create(Config config) {
        return CdaMatcher.from(config);
    }

    @Override
    public String description() {
        return "periodic double auction: price-time priority, midpoint price, beta-adjusted round 2, grid fallback";
    }
}
