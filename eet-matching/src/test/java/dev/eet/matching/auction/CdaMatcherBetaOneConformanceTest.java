package dev.eet.matching.auction;

import dev.eet.api.matching.GridTariff;
import dev.eet.api.matching.Matcher;
import dev.eet.tck.matching.MatcherConformanceKit;
import java.math.BigDecimal;

/** The matcher kit against {@code cda} with the strongest adjustment (beta = 1), which makes round 2 busiest. */
class CdaMatcherBetaOneConformanceTest extends MatcherConformanceKit {
    @Override
    protected Matcher createMatcher() {
        return new CdaMatcher(BigDecimal.ONE, GridTariff.DEFAULT);
    }
}
