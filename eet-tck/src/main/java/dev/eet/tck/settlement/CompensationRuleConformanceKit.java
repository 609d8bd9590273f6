package dev.eet.tck.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.model.OrderId;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.model.Trade;
import dev.eet.api.settlement.CompensationRule;
import dev.eet.api.settlement.Transfer;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Price;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Conformance kit for {@link CompensationRule} implementations (the contract in its javadoc). A rule's
 * conformance test is a few lines:
 *
 * <pre>{@code
 * class MyRuleConformanceTest extends CompensationRuleConformanceKit {
 *     @Override
 *     protected CompensationRule createRule() {
 *         return new MyRule();
 *     }
 * }
 * }</pre>
 */
public abstract class CompensationRuleConformanceKit {

    /** @return a new rule with its default configuration */
    protected abstract CompensationRule createRule();

    /**
     * One generated deviation case.
     *
     * @param contract the trade
     * @param delivered metered delivery
     * @param consumed metered consumption
     * @param retail grid retail price
     * @param feedIn grid feed-in price
     */
    public record Case(Trade contract, Energy delivered, Energy consumed, Price retail, Price feedIn) {
    }

    /** Hand-written cases every rule must handle. */
    @Nested
    class ExampleCases {

        @Test
        void exactDeliveryAndConsumptionOweNothing() {
            Trade t = trade("10", "0.40");
            assertEquals(List.of(), createRule().compensate(t, t.quantity(), t.quantity(), Price.perKwh("0.59"),
                    Price.perKwh("0.31")));
        }

        @Test
        void overDeliveryAndOverConsumptionOweNothing() {
            Trade t = trade("10", "0.40");
            assertEquals(List.of(), createRule().compensate(t, Energy.ofKwh(12), Energy.ofKwh(11),
                    Price.perKwh("0.59"), Price.perKwh("0.31")));
        }

        @Test
        void nothingDeliveredOrConsumedStillObeysTheContract() {
            assertNoViolations(new Case(trade("10", "0.40"), Energy.ZERO, Energy.ZERO, Price.perKwh("0.59"),
                    Price.perKwh("0.31")));
        }

        @Test
        void nameIsStable() {
            assertEquals(createRule().name(), createRule().name());
        }
    }

    /**
     * Any deviation case obeys the contract.
     *
     * @param c a random case
     */
    @Property(tries = 300)
    void everyCaseObeysTheContract(@ForAll("cases") Case c) {
        assertNoViolations(c);
    }

    /**
     * Exact compliance owes nothing, whatever the prices.
     *
     * @param c a random case (its actuals are replaced by the contract quantity)
     */
    @Property(tries = 100)
    void complianceOwesNothing(@ForAll("cases") Case c) {
        List<Transfer> t = createRule().compensate(c.contract(), c.contract().quantity(), c.contract().quantity(),
                c.retail(), c.feedIn());
        assertTrue(t.isEmpty(), () -> "compliance owes " + t);
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Long> micros = Arbitraries.longs().between(1, 1_000_000_000L);
        Arbitrary<Long> prices = Arbitraries.longs().between(0, 2_000_000L);
        Arbitrary<Integer> percent = Arbitraries.integers().between(0, 200);
        return Combinators.combine(micros, prices, percent, percent, prices, prices).as((q, p, d, c, r, f) -> {
            Trade t = new Trade(OrderId.of("S1"), OrderId.of("B1"), ParticipantId.of("S"), ParticipantId.of("B"),
                    Energy.ofMicroKwh(q), Price.ofMicros(p), 1);
            return new Case(t, Energy.ofMicroKwh(q * d / 100), Energy.ofMicroKwh(q * c / 100), Price.ofMicros(r),
                    Price.ofMicros(f));
        });
    }

    /**
     * @param kwh quantity
     * @param price contract price
     * @return a trade between participants S and B
     */
    protected static Trade trade(String kwh, String price) {
        return new Trade(OrderId.of("S1"), OrderId.of("B1"), ParticipantId.of("S"), ParticipantId.of("B"),
                Energy.ofKwh(kwh), Price.perKwh(price), 1);
    }

    private void assertNoViolations(Case c) {
        List<String> v = CompensationRuleChecker.violations(createRule(), c.contract(), c.delivered(), c.consumed(),
                c.retail(), c.feedIn());
        assertTrue(v.isEmpty(), () -> String.join("\n", v));
    }
}
