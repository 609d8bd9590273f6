package dev.eet.matching.preference;

import dev.eet.api.matching.Matcher;
import dev.eet.api.matching.MatcherProvider;
import dev.eet.api.spi.Config;

/** Registers {@link HfpiMatcher} under the name {@value HfpiMatcher#NAME}. */
public final class HfpiMatcherProvider implements MatcherProvider {
    @Override
    public String name() {
        return HfpiMatcher.NAME;
    }

    @Override
    public Matcher create(Config config) {
        return HfpiMatcher.from(config);
    }

    @Override
    public String description() {
        return "baseline: one-to-one pairs maximising total satisfaction (Hungarian), grid fallback";
    }
}
