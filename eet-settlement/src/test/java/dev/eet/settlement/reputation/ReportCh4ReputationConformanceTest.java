package dev.eet.settlement.reputation;

import dev.eet.api.settlement.ReputationRule;
import dev.eet.tck.settlement.ReputationRuleConformanceKit;

/** [Report ch.4] reputation passes the conformance kit. */
class ReportCh4ReputationConformanceTest extends ReputationRuleConformanceKit {
    @Override
    protected ReputationRule createRule() {
        return BoundedReputationRule.reportCh4Reputation();
    }
}
