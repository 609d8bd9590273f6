package dev.eet.tck.settlement;

import dev.eet.api.settlement.ReputationEvent;
import dev.eet.api.settlement.ReputationRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link ReputationRule} contract as a checker that returns every violation it finds (empty when the rule
 * behaves). Usable from any test framework.
 */
public final class ReputationRuleChecker {

    private ReputationRuleChecker() {
    }

    /**
     * Checks the rule's declared bounds and its score on the empty history.
     *
     * @param rule the rule
     * @return human-readable violations
     */
    public static List<String> boundViolations(ReputationRule rule) {
        List<String> out = new ArrayList<>();
        if (rule.min() > rule.initial() || rule.initial() > rule.max()) {
            out.add(rule.name() + ": initial " + rule.initial() + " outside [" + rule.min() + ", " + rule.max() + "]");
        }
        int empty = rule.score(List.of());
        if (empty != rule.initial()) {
            out.add(rule.name() + ": empty history scores " + empty + ", not the initial " + rule.initial());
        }
        return out;
    }

    /**
     * Checks every prefix of {@code history}: the score is within bounds, deterministic, and moves the right way
     * with each appended event (a penalty never raises it, a completed trade never lowers it).
     *
     * @param rule the rule
     * @param history a history, oldest first
     * @return human-readable violations (at most one per prefix)
     */
    public static List<String> violations(ReputationRule rule, List<ReputationEvent> history) {
        List<String> out = new ArrayList<>(boundViolations(rule));
        int previous = rule.score(List.of());
        for (int i = 1; i <= history.size(); i++) {
            List<ReputationEvent> prefix = List.copyOf(history.subList(0, i));
            ReputationEvent last = prefix.get(i - 1);
            int score = rule.score(prefix);
            String at = rule.name() + ": after " + i + " events (last " + last + ")";
            if (score < rule.min() || score > rule.max()) {
                out.add(at + ": score " + score + " outside [" + rule.min() + ", " + rule.max() + "]");
            } else if (score != rule.score(List.copyOf(prefix))) {
                out.add(at + ": the same history scored differently twice");
            } else if (last == ReputationEvent.PENALTY && score > previous) {
                out.add(at + ": a penalty raised the score from " + previous + " to " + score);
            } else if (last == ReputationEvent.COMPLETED_TRADE && score < previous) {
                out.add(at + ": a completed trade lowered the score from " + previous + " to " + score);
            }
            previous = score;
        }
        return out;
    }
}
