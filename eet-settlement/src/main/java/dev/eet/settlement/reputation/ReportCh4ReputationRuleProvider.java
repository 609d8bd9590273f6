package dev.eet.settlement.reputation;

import dev.eet.api.settlement.ReputationRule;
import dev.eet.api.settlement.ReputationRuleProvider;
import dev.eet.api.spi.Config;

/** Provides [Report ch.4] reputation: start 60, +1, -10, bounded to [0, 100]. */
public final class ReportCh4ReputationRuleProvider implements ReputationRuleProvider {
    /** The provider name. */
    public static final String NAME = "report-ch4-reputation";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ReputationRule create(Config config) {
        return BoundedReputationRule.reportCh4Reputation(config);
    }

    @Override
    public String description() {
        return "[Report ch.4] reputation: start 60, +1 per trade, -10 per violation, bounded to [0, 100]";
    }
}
