package dev.eet.matching.multifactor;

import dev.eet.api.matching.Matcher;
import dev.eet.api.matching.MatcherProvider;
import dev.eet.api.spi.Config;

/** Registers {@link KPrototypesMatcher} under the name {@value KPrototypesMatcher#NAME}. */
public final class KPrototypesMatcherProvider implements MatcherProvider {
    @Override
    public String name() {
        return KPrototypesMatcher.NAME;
    }

    @Override
    public Matcher create(Config config) {
        return KPrototypesMatcher.from(config);
    }

    @Override
    public String description() {
        return "multi-factor matching: K-prototypes clusters, minimum mixed dissimilarity within, grid fallback";
    }
}
