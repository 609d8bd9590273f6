package dev.eet.matching.preference;

import dev.eet.api.matching.Matcher;
import dev.eet.api.matching.MatcherProvider;
import dev.eet.api.spi.Config;

/** Registers {@link CmapMatcher} under the name {@value CmapMatcher#NAME}. */
public final class CmapMatcherProvider implements MatcherProvider {
    @Override
    public String name() {
        return CmapMatcher.NAME;
    }

    @Override
    public Matcher create(Config config) {
        return CmapMatcher.from(config);
    }

    @Override
    public String description() {
        return "CMAP: bi-objective preference LP (ojAlgo) with split orders and a rejection model, grid fallback";
    }
}
