package dev.eet.matching.auction;

import dev.eet.api.matching.Matcher;
import dev.eet.tck.matching.MatcherConformanceKit;

/** The matcher kit against {@code cda} with its default configuration. */
class CdaMatcherConformanceTest extends MatcherConformanceKit {
    @Override
    protected Matcher createMatcher() {
        return new CdaMatcher();
    }
}
