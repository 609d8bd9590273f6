package dev.eet.settlement.reputation;

import dev.eet.api.settlement.ReputationRule;
import dev.eet.api.settlement.ReputationRuleProvider;
import dev.eet.api.spi.Config;

/** Provides [Report ch.3] credit: start 100, +1, -10, at most 100, over the most recent 100 trades. */
public final class ReportCh3CreditRuleProvider implements ReputationRuleProvider {
    /** The provider name. */
    public static final String NAME = "report-ch3-credit";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ReputationRule create(Config config) {
        return BoundedReputationRule.reportCh3Credit(config);
    }

    @Override
    public String description() {
        return "[Report ch.3] credit: start 100, +1 per trade, -10 per penalty, capped at 100, last 100 trades";
    }
}
