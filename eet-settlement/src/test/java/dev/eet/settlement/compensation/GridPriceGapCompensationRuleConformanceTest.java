package dev.eet.settlement.compensation;

import dev.eet.api.settlement.CompensationRule;
import dev.eet.tck.settlement.CompensationRuleConformanceKit;

/** The default compensation rule passes the conformance kit. */
class GridPriceGapCompensationRuleConformanceTest extends CompensationRuleConformanceKit {
    @Override
    protected CompensationRule createRule() {
        return new GridPriceGapCompensationRule();
    }
}
