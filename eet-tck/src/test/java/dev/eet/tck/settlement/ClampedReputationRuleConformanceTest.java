package dev.eet.tck.settlement;

import dev.eet.api.settlement.ReputationRule;

/** The kit run against a minimal correct rule: this is all a third party writes for its own rule. */
class ClampedReputationRuleConformanceTest extends ReputationRuleConformanceKit {
    @Override
    protected ReputationRule createRule() {
        return new ClampedReputationRule();
    }
}
