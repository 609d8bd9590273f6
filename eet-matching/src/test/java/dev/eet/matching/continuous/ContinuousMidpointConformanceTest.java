package dev.eet.matching.continuous;

import dev.eet.api.matching.Matcher;
import java.util.Optional;

/**
 * The {@code continuous} matcher with MIDPOINT pricing and CANCEL_INCOMING self-trade prevention against the
 * matcher conformance kit (no round-1 priority check, see {@link ContinuousMatcherConformanceTest}).
 */
class ContinuousMidpointConformanceTest extends ContinuousMatcherConformanceTest {

    @Override
    protected Matcher createMatcher() {
        return new ContinuousMatcher(PricingRule.MIDPOINT, SelfTradePolicy.CANCEL_INCOMING, Optional.empty(),
                Optional.empty());
    }
}
