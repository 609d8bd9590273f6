package dev.eet.matching.auction;

import dev.eet.api.matching.Matcher;
import dev.eet.tck.matching.MatcherConformanceKit;
import dev.eet.tck.matching.PriorityRule;

/**
 * The matcher kit against {@code bilateral}: one-to-one pairs trade the smaller quantity, so a better order is owed
 * a trade, not a complete fill.
 */
class BilateralMatcherConformanceTest extends MatcherConformanceKit {
    @Override
    protected Matcher createMatcher() {
        return new BilateralMatcher();
    }

    @Override
    protected PriorityRule priorityRule() {
        return PriorityRule.TRADED_FIRST;
    }
}
