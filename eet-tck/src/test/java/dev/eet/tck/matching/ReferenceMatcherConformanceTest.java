package dev.eet.tck.matching;

import dev.eet.api.matching.Matcher;
import dev.eet.api.value.Price;

/** The kit run against the reference matcher: this is all a third party writes for its own matcher. */
class ReferenceMatcherConformanceTest extends MatcherConformanceKit {
    @Override
    protected Matcher createMatcher() {
        return new ReferenceMatcher(Price.perKwh("0.59"), Price.perKwh("0.31"));
    }
}
