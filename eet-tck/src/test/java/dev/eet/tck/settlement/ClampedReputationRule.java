package dev.eet.tck.settlement;

import dev.eet.api.settlement.ReputationEvent;
import dev.eet.api.settlement.ReputationRule;
import java.util.List;

/** A minimal correct rule for the kit's own tests: start 50, +1 / -5, clamped to [0, 100]. */
class ClampedReputationRule implements ReputationRule {
    @Override
    public String name() {
        return "clamped";
    }

    @Override
    public int initial() {
        return 50;
    }

    @Override
    public int min() {
        return 0;
    }

    @Override
    public int max() {
        return 100;
    }

    @Override
    public int score(List<ReputationEvent> history) {
        int s = initial();
        for (ReputationEvent e : history) {
            s = Math.max(min(), Math.min(max(), e == ReputationEvent.PENALTY ? s - 5 : s + 1));
        }
        return s;
    }
}
