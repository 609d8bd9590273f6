package dev.eet.matching.auction;

import dev.eet.api.matching.Matcher;
import dev.eet.api.matching.MatcherProvider;
import dev.eet.api.spi.Config;

/** Registers {@link RenewableFirstMatcher} under the name {@value RenewableFirstMatcher#NAME}. */
public final class RenewableFirstMatcherProvider implements MatcherProvider {
    @Override
    public String name() {
        return RenewableFirstMatcher.NAME;
    }

    @Override
    public Matcher create(Config config) {
        return RenewableFirstMatcher.from(config);
    }

    @Override
    public String description() {
        return "renewable-first double auction, day-ahead/intraday/real-time on residual positions, grid fallback";
    }
}
