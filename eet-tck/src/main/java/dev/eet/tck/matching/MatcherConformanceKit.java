package dev.eet.tck.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.matching.MatchResult;
import dev.eet.api.matching.Matcher;
import dev.eet.api.model.Order;
import dev.eet.api.model.OrderId;
import dev.eet.api.model.Side;
import dev.eet.api.value.Energy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Conformance kit for {@link Matcher} implementations: the guarantees of matching.md ("What every matcher
 * guarantees") as JUnit 5 example groups and jqwik properties. A matcher's conformance test is a few lines:
 *
 * <pre>{@code
 * class MyMatcherConformanceTest extends MatcherConformanceKit {
 *     @Override
 *     protected Matcher createMatcher() {
 *         return new MyMatcher();
 *     }
 * }
 * }</pre>
 *
 * Override {@link #sellerPriority()} / {@link #buyerPriority()} when the mechanism has a different (or no)
 * round-1 priority order, and {@link #priorityRule()} when a better order is owed a trade rather than a complete
 * fill. What is checked:
 * <ul>
 *   <li>energy conserved per order (traded + grid + unmatched = submitted), trades reference real orders and
 *       their participants and sides;</li>
 *   <li>no round-1 trade outside either limit, no trade at all outside either reserve;</li>
 *   <li>no zero or negative trade; no self-trade (also with participants on both sides);</li>
 *   <li>budget balance (what buyers pay peer to peer is what sellers receive);</li>
 *   <li>round-1 priority ({@link MatcherInvariants#priorityViolations(List, MatchResult, Side, Comparator,
 *       PriorityRule)});</li>
 *   <li>one grid price per side in a batch;</li>
 *   <li>determinism; independence from the input list order; only the order of submission times matters, not
 *       their values;</li>
 *   <li>duplicate ids rejected with field {@code id} without changing anything else.</li>
 * </ul>
 */
public abstract class MatcherConformanceKit {

    /** @return a new matcher with its default configuration */
    protected abstract Matcher createMatcher();

    /**
     * @return the round-1 priority among sellers, best first, or empty when the mechanism has none to check
     *         (default: price then time)
     */
    protected Optional<Comparator<Order>> sellerPriority() {
        return Optional.of(MatcherInvariants.SELLER_PRICE_TIME);
    }

    /**
     * @return the round-1 priority among buyers, best first, or empty when the mechanism has none to check
     *         (default: price then time)
     */
    protected Optional<Comparator<Order>> buyerPriority() {
        return Optional.of(MatcherInvariants.BUYER_PRICE_TIME);
    }

    /**
     * @return what a better order is owed when a worse one trades in round 1 (default
     *         {@link PriorityRule#FILLED_FIRST})
     */
    protected PriorityRule priorityRule() {
        return PriorityRule.FILLED_FIRST;
    }

    /** @return the largest generated batch (default 40) */
    protected int maxBatchSize() {
        return 40;
    }

    /** Hand-written batches every matcher must clear the same way. */
    @Nested
    class ExampleBatches {

        @Test
        void emptyBatchGivesEmptyResult() {
            MatchResult r = createMatcher().match(List.of());
            assertTrue(r.trades().isEmpty(), "trades of an empty batch");
            assertTrue(r.gridTrades().isEmpty(), "grid trades of an empty batch");
            assertTrue(r.unmatched().isEmpty(), "remainders of an empty batch");
        }

        @Test
        void resultNamesTheMechanism() {
            Matcher m = createMatcher();
            assertEquals(m.name(), m.match(List.of()).mechanism());
        }

        @Test
        void crossingPairTradesPeerToPeer() {
            List<Order> orders = List.of(
                    Order.builder("S1", "S1", Side.SELL).limit("0.30").quantity("10").time(1).build(),
                    Order.builder("B1", "B1", Side.BUY).limit("0.50").quantity("10").time(2).build());
            MatchResult r = createMatcher().match(orders);
            assertNoViolations(orders, r);
            assertTrue(r.peerEnergy().isPositive(), "a crossing seller and buyer must trade: " + r);
        }

        @Test
        void pairThatDoesNotCrossEvenAtReservesDoesNotTrade() {
            List<Order> orders = List.of(
                    Order.builder("S1", "S1", Side.SELL).limit("0.60").quantity("10").time(1).build(),
                    Order.builder("B1", "B1", Side.BUY).limit("0.40").quantity("10").time(2).build());
            MatchResult r = createMatcher().match(orders);
            assertNoViolations(orders, r);
            assertEquals(Energy.ZERO, r.peerEnergy(), "no peer trade is possible within limits: " + r);
        }

        @Test
        void participantNeverTradesWithItself() {
            List<Order> orders = List.of(
                    Order.builder("S1", "P1", Side.SELL).limit("0.30").quantity("10").time(1).build(),
                    Order.builder("B1", "P1", Side.BUY).limit("0.50").quantity("10").time(2).build());
            MatchResult r = createMatcher().match(orders);
            assertNoViolations(orders, r);
            assertTrue(r.trades().isEmpty(), "self-trade: " + r.trades());
        }

        @Test
        void duplicateIdIsRejectedAndTheRestClears() {
            List<Order> orders = List.of(
                    Order.builder("S1", "S1", Side.SELL).limit("0.30").quantity("10").time(1).build(),
                    Order.builder("B1", "B1", Side.BUY).limit("0.50").quantity("10").time(2).build(),
                    Order.builder("S1", "S9", Side.SELL).limit("0.20").quantity("5").time(3).build());
            MatchResult r = createMatcher().match(orders);
            assertEquals(1, r.rejections().size(), "rejections: " + r.rejections());
            assertEquals(OrderId.of("S1"), r.rejections().get(0).order());
            assertEquals("id", r.rejections().get(0).field());
            assertNoViolations(orders, r);
            assertTrue(r.peerEnergy().isPositive(), "the valid orders must still trade: " + r);
        }
    }

    /**
     * Every invariant that holds for all matchers, on random batches without cross-side participants.
     *
     * @param orders a random batch
     */
    @Property(tries = 300)
    void invariantsHoldOnRandomBatches(@ForAll("disjointBatches") List<Order> orders) {
        assertNoViolations(orders, createMatcher().match(orders));
    }

    /**
     * No self-trade, and every other invariant, when participants are on both sides.
     *
     * @param orders a random batch with overlapping participants
     */
    @Property(tries = 300)
    void invariantsHoldWhenParticipantsAreOnBothSides(@ForAll("overlappingBatches") List<Order> orders) {
        assertNoViolations(orders, createMatcher().match(orders));
    }

    /**
     * Round-1 price-time priority (when the mechanism declares one).
     *
     * @param orders a random batch
     */
    @Property(tries = 300)
    void roundOnePriorityIsRespected(@ForAll("disjointBatches") List<Order> orders) {
        MatchResult r = createMatcher().match(orders);
        List<String> v = new ArrayList<>();
        sellerPriority().ifPresent(p -> v.addAll(
                MatcherInvariants.priorityViolations(orders, r, Side.SELL, p, priorityRule())));
        buyerPriority().ifPresent(p -> v.addAll(
                MatcherInvariants.priorityViolations(orders, r, Side.BUY, p, priorityRule())));
        assertTrue(v.isEmpty(), () -> String.join("\n", v));
    }

    /**
     * Same input, same output; and the list order matters only through submission time.
     *
     * @param orders a random batch
     * @param shuffleSeed seed of the permutation
     */
    @Property(tries = 200)
    void deterministicAndIndependentOfListOrder(@ForAll("overlappingBatches") List<Order> orders,
                                                @ForAll long shuffleSeed) {
        MatchResult first = createMatcher().match(orders);
        assertEquals(first, createMatcher().match(orders), "two runs on the same input differ");
        List<Order> shuffled = new ArrayList<>(orders);
        Collections.shuffle(shuffled, new Random(shuffleSeed));
        assertEquals(first, createMatcher().match(shuffled), "the result depends on the input list order");
    }

    /**
     * Only the order of submission times matters: stretching and shifting every time (an order-preserving map)
     * gives the same result.
     *
     * @param orders a random batch
     * @param factor stretch
     * @param offset shift
     */
    @Property(tries = 100)
    void onlyTheOrderOfTimesMatters(@ForAll("overlappingBatches") List<Order> orders,
                                    @ForAll @IntRange(min = 1, max = 1000) int factor,
                                    @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long offset) {
        List<Order> remapped = new ArrayList<>(orders.size());
        for (Order o : orders) {
            remapped.add(new Order(o.id(), o.participant(), o.side(), o.limit(), o.reserve(), o.quantity(),
                    offset + o.time() * factor, o.energyType(), o.location(), o.credit(), o.preferences()));
        }
        assertEquals(createMatcher().match(orders), createMatcher().match(remapped),
                "the result depends on the values of the submission times, not only on their order");
    }

    /**
     * Grid trades of one batch use one price per side (retail for BUY, feed-in for SELL).
     *
     * @param orders a random batch
     */
    @Property(tries = 100)
    void gridPricesAreUniformPerSide(@ForAll("overlappingBatches") List<Order> orders) {
        List<String> v = MatcherInvariants.gridPriceViolations(createMatcher().match(orders));
        assertTrue(v.isEmpty(), () -> String.join("\n", v));
    }

    /**
     * A duplicate id is rejected and nothing else changes.
     *
     * @param orders a random batch
     */
    @Property(tries = 200)
    void duplicateIsRejectedWithoutLosingAnythingElse(@ForAll("disjointBatches") List<Order> orders) {
        if (orders.isEmpty()) {
            return;
        }
        Order original = orders.get(0);
        List<Order> withDuplicate = new ArrayList<>(orders);
        withDuplicate.add(original.withQuantity(original.quantity().plus(Energy.ofKwh(1))));
        MatchResult clean = createMatcher().match(orders);
        MatchResult dirty = createMatcher().match(withDuplicate);
        assertEquals(1, dirty.rejections().size(), "rejections: " + dirty.rejections());
        assertEquals(original.id(), dirty.rejections().get(0).order());
        assertEquals(clean.trades(), dirty.trades(), "a rejected duplicate changed the trades");
        assertEquals(clean.gridTrades(), dirty.gridTrades(), "a rejected duplicate changed the grid trades");
    }

    @Provide
    Arbitrary<List<Order>> disjointBatches() {
        return OrderArbitraries.disjointBatches(maxBatchSize());
    }

    @Provide
    Arbitrary<List<Order>> overlappingBatches() {
        return OrderArbitraries.overlappingBatches(maxBatchSize());
    }

    /**
     * Asserts {@link MatcherInvariants#violations(List, MatchResult)} finds nothing; for subclasses' own examples.
     *
     * @param orders the submitted orders
     * @param r the result
     */
    protected static void assertNoViolations(List<Order> orders, MatchResult r) {
        List<String> v = MatcherInvariants.violations(orders, r);
        assertTrue(v.isEmpty(), () -> String.join("\n", v));
    }
}
