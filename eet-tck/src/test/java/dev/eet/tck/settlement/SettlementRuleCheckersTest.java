package dev.eet.tck.settlement;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.model.OrderId;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.model.Trade;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.settlement.CompensationRule;
import dev.eet.api.settlement.ReputationEvent;
import dev.eet.api.settlement.ReputationRule;
import dev.eet.api.settlement.Transfer;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import dev.eet.api.value.Price;
import java.util.Collections;
import java.util.List;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

/** The settlement checkers must catch broken rules, or the kits could not fail. */
class SettlementRuleCheckersTest {
    private static final List<ReputationEvent> MIXED = List.of(ReputationEvent.COMPLETED_TRADE,
            ReputationEvent.PENALTY, ReputationEvent.PENALTY, ReputationEvent.COMPLETED_TRADE);
    private final Trade trade = new Trade(OrderId.of("S1"), OrderId.of("B1"), ParticipantId.of("S"),
            ParticipantId.of("B"), Energy.ofKwh(10), Price.perKwh("0.40"), 1);
    private final Price retail = Price.perKwh("0.59");
    private final Price feedIn = Price.perKwh("0.31");

    private static ReputationRule rule(int initial, int min, int max, ToIntFunction<List<ReputationEvent>> score) {
        return new ReputationRule() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public int initial() {
                return initial;
            }

            @Override
            public int min() {
                return min;
            }

            @Override
            public int max() {
                return max;
            }

            @Override
            public int score(List<ReputationEvent> history) {
                return score.applyAsInt(history);
            }
        };
    }

    private static int unclamped(List<ReputationEvent> h) {
        int s = 60;
        for (ReputationEvent e : h) {
            s += e == ReputationEvent.PENALTY ? -10 : 1;
        }
        return s;
    }

    @Test
    void correctRulePasses() {
        assertTrue(ReputationRuleChecker.violations(new ClampedReputationRule(), MIXED).isEmpty());
        assertTrue(ReputationRuleChecker.violations(new ClampedReputationRule(),
                Collections.nCopies(300, ReputationEvent.PENALTY)).isEmpty());
    }

    @Test
    void unboundedScoreIsCaught() {
        ReputationRule r = rule(60, 0, 100, SettlementRuleCheckersTest::unclamped);
        assertFalse(ReputationRuleChecker.violations(r, Collections.nCopies(7, ReputationEvent.PENALTY)).isEmpty());
        assertFalse(ReputationRuleChecker.violations(r, Collections.nCopies(41, ReputationEvent.COMPLETED_TRADE))
                .isEmpty());
    }

    @Test
    void penaltyThatRaisesIsCaught() {
        ReputationRule r = rule(60, 0, 100, h -> Math.min(100, 60 + h.size()));
        assertFalse(ReputationRuleChecker.violations(r, MIXED).isEmpty());
    }

    @Test
    void completedTradeThatLowersIsCaught() {
        ReputationRule r = rule(60, 0, 100, h -> Math.max(0, 60 - h.size()));
        assertFalse(ReputationRuleChecker.violations(r, List.of(ReputationEvent.COMPLETED_TRADE)).isEmpty());
    }

    @Test
    void inconsistentBoundsOrInitialAreCaught() {
        assertFalse(ReputationRuleChecker.boundViolations(rule(120, 0, 100, h -> 100)).isEmpty());
        assertFalse(ReputationRuleChecker.boundViolations(rule(60, 0, 100, h -> 59)).isEmpty());
    }

    @Test
    void nondeterministicRuleIsCaught() {
        int[] calls = {0};
        ReputationRule r = rule(60, 0, 100, h -> h.isEmpty() ? 60 : 60 + (calls[0]++ % 2));
        assertFalse(ReputationRuleChecker.violations(r, List.of(ReputationEvent.COMPLETED_TRADE)).isEmpty());
    }

    private static CompensationRule compensation(Transfer t) {
        return new CompensationRule() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public List<Transfer> compensate(Trade contract, Energy delivered, Energy consumed, Price r, Price f) {
                return List.of(t);
            }
        };
    }

    @Test
    void compensationOnExactDeliveryIsCaught() {
        CompensationRule r = compensation(new Transfer(AccountId.of("S"), AccountId.of("B"), Money.of(1), "x"));
        assertFalse(CompensationRuleChecker.violations(r, trade, trade.quantity(), trade.quantity(), retail, feedIn)
                .isEmpty());
    }

    @Test
    void compensationInvolvingTheGridIsCaught() {
        CompensationRule r = compensation(new Transfer(AccountId.of("S"), AccountId.GRID, Money.of(1), "x"));
        assertFalse(CompensationRuleChecker.violations(r, trade, Energy.ofKwh(5), trade.quantity(), retail, feedIn)
                .isEmpty());
    }

    @Test
    void innocentPartyPayingIsCaught() {
        // only the seller fell short, yet the buyer pays
        CompensationRule r = compensation(new Transfer(AccountId.of("B"), AccountId.of("S"), Money.of(1), "x"));
        assertFalse(CompensationRuleChecker.violations(r, trade, Energy.ofKwh(5), trade.quantity(), retail, feedIn)
                .isEmpty());
        assertTrue(CompensationRuleChecker.violations(r, trade, trade.quantity(), Energy.ofKwh(5), retail, feedIn)
                .isEmpty());
    }
}
