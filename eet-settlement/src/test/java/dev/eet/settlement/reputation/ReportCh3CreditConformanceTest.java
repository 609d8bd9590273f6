package dev.eet.settlement.reputation;

import dev.eet.api.settlement.ReputationRule;
import dev.eet.tck.settlement.ReputationRuleConformanceKit;

/** [Report ch.3] credit passes the conformance kit. */
class ReportCh3CreditConformanceTest extends ReputationRuleConformanceKit {
    @Override
    protected ReputationRule createRule() {
        return BoundedReputationRule.reportCh3Credit();
    }
}
