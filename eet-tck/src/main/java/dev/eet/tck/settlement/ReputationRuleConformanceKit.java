package dev.eet.tck.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.settlement.ReputationEvent;
import dev.eet.api.settlement.ReputationRule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Conformance kit for {@link ReputationRule} implementations (the contract in its javadoc). A rule's conformance
 * test is a few lines:
 *
 * <pre>{@code
 * class MyRuleConformanceTest extends ReputationRuleConformanceKit {
 *     @Override
 *     protected ReputationRule createRule() {
 *         return new MyRule();
 *     }
 * }
 * }</pre>
 */
public abstract class ReputationRuleConformanceKit {

    /** @return a new rule with its default configuration */
    protected abstract ReputationRule createRule();

    /** @return the longest generated history (default 400: longer than the usual windows) */
    protected int maxHistory() {
        return 400;
    }

    /** Hand-written histories every rule must score sensibly. */
    @Nested
    class ExampleHistories {

        @Test
        void boundsAreConsistentAndTheEmptyHistoryScoresInitial() {
            List<String> v = ReputationRuleChecker.boundViolations(createRule());
            assertTrue(v.isEmpty(), () -> String.join("\n", v));
        }

        @Test
        void longRunOfPenaltiesStaysWithinBounds() {
            assertNoViolations(Collections.nCopies(maxHistory(), ReputationEvent.PENALTY));
        }

        @Test
        void longRunOfCompletedTradesStaysWithinBounds() {
            assertNoViolations(Collections.nCopies(maxHistory(), ReputationEvent.COMPLETED_TRADE));
        }

        @Test
        void penaltyLowersAFreshScoreAndTradesRecover() {
            ReputationRule rule = createRule();
            int afterPenalty = rule.score(List.of(ReputationEvent.PENALTY));
            assertTrue(afterPenalty < rule.initial() || rule.initial() == rule.min(),
                    "a penalty must lower a fresh score unless it is already at the minimum: " + afterPenalty);
            List<ReputationEvent> h = new ArrayList<>();
            h.add(ReputationEvent.PENALTY);
            h.addAll(Collections.nCopies(maxHistory(), ReputationEvent.COMPLETED_TRADE));
            assertNoViolations(h);
        }

        @Test
        void nameIsStable() {
            assertEquals(createRule().name(), createRule().name());
        }
    }

    /**
     * Every prefix of any history scores within bounds and moves the right way.
     *
     * @param history a random history
     */
    @Property(tries = 200)
    void everyHistoryObeysTheContract(@ForAll("histories") List<ReputationEvent> history) {
        assertNoViolations(history);
    }

    @Provide
    Arbitrary<List<ReputationEvent>> histories() {
        Arbitrary<ReputationEvent> event = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(4, ReputationEvent.COMPLETED_TRADE),
                net.jqwik.api.Tuple.of(1, ReputationEvent.PENALTY));
        return event.list().ofMaxSize(maxHistory());
    }

    private void assertNoViolations(List<ReputationEvent> history) {
        List<String> v = ReputationRuleChecker.violations(createRule(), history);
        assertTrue(v.isEmpty(), () -> String.join("\n", v));
    }
}
