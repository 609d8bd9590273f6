package dev.eet.tck.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.matching.MatchResult;
import dev.eet.api.matching.MultiTimescaleMatcher;
import dev.eet.api.matching.OrderRemainder;
import dev.eet.api.matching.Timescale;
import dev.eet.api.matching.TimescaleBook;
import dev.eet.api.matching.TimescaleResult;
import dev.eet.api.model.GridTrade;
import dev.eet.api.model.Order;
import dev.eet.api.model.OrderId;
import dev.eet.api.model.Trade;
import dev.eet.api.value.Energy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Conformance kit for {@link MultiTimescaleMatcher}s: everything {@link MatcherConformanceKit} checks for the
 * one-stage {@code match}, plus the staged clearing of day-ahead, intraday and real-time books:
 * <ul>
 *   <li>each stage is a valid clearing of its input, which is the previous stage's residuals (same order, open
 *       quantity) plus the stage's new orders ({@link MatcherInvariants#violations(List, MatchResult)});</li>
 *   <li>only the last stage trades with the grid, and nothing is left unmatched after it when the mechanism has a
 *       grid fallback ({@link #lastStageUsesTheGrid()});</li>
 *   <li>energy is conserved per order across all stages;</li>
 *   <li>a new order reusing an id of an earlier stage is rejected with field {@code id};</li>
 *   <li>stages out of order are refused with an {@link InvalidArgumentException} naming {@code timescale}.</li>
 * </ul>
 */
public abstract class MultiTimescaleMatcherConformanceKit extends MatcherConformanceKit {

    @Override
    protected abstract MultiTimescaleMatcher createMatcher();

    /** @return whether the last stage sends every open quantity to the grid (default true) */
    protected boolean lastStageUsesTheGrid() {
        return true;
    }

    /**
     * @param books three random stages
     */
    @Property(tries = 150)
    void everyStageClearsItsResidualsPlusItsNewOrders(@ForAll("stagedBooks") List<TimescaleBook> books) {
        List<TimescaleResult> results = createMatcher().clear(books);
        assertEquals(books.size(), results.size(), "one result per stage");
        Map<OrderId, Energy> submitted = new HashMap<>();
        Map<OrderId, Energy> accounted = new HashMap<>();
        List<Order> residuals = List.of();
        for (int i = 0; i < books.size(); i++) {
            TimescaleBook book = books.get(i);
            MatchResult r = results.get(i).result();
            assertEquals(book.timescale(), results.get(i).timescale());
            List<Order> input = new ArrayList<>(residuals);
            input.addAll(book.orders());
            book.orders().forEach(o -> submitted.put(o.id(), o.quantity()));
            List<String> v = MatcherInvariants.violations(input, r);
            assertTrue(v.isEmpty(), () -> book.timescale() + ":\n" + String.join("\n", v));
            boolean last = i == books.size() - 1;
            if (!last) {
                assertTrue(r.gridTrades().isEmpty(), book.timescale() + " is not the last stage but used the grid");
            } else if (lastStageUsesTheGrid()) {
                assertTrue(r.unmatched().isEmpty(), "open after the last stage: " + r.unmatched());
            }
            for (Trade t : r.trades()) {
                accounted.merge(t.sellOrder(), t.quantity(), Energy::plus);
                accounted.merge(t.buyOrder(), t.quantity(), Energy::plus);
            }
            for (GridTrade g : r.gridTrades()) {
                accounted.merge(g.order(), g.quantity(), Energy::plus);
            }
            Map<OrderId, Order> byId = new HashMap<>();
            input.forEach(o -> byId.putIfAbsent(o.id(), o));
            List<Order> next = new ArrayList<>();
            for (OrderRemainder rem : r.unmatched()) {
                if (last) {
                    accounted.merge(rem.order(), rem.quantity(), Energy::plus);
                } else {
                    next.add(byId.get(rem.order()).withQuantity(rem.quantity()));
                }
            }
            residuals = next;
        }
        assertEquals(submitted, accounted, "energy per order across all stages");
    }

    /** A new order reusing an earlier stage's id is rejected and the rest clears. */
    @Test
    void idReusedInALaterStageIsRejected() {
        Order sell = Order.builder("S1", "S1", dev.eet.api.model.Side.SELL).limit("0.30").quantity("10").time(1).build();
        Order again = Order.builder("S1", "S9", dev.eet.api.model.Side.SELL).limit("0.20").quantity("5").time(2).build();
        List<TimescaleResult> results = createMatcher().clear(List.of(
                new TimescaleBook(Timescale.DAY_AHEAD, List.of(sell)),
                new TimescaleBook(Timescale.INTRADAY, List.of(again))));
        MatchResult intraday = results.get(1).result();
        assertEquals(1, intraday.rejections().size(), "rejections: " + intraday.rejections());
        assertEquals(OrderId.of("S1"), intraday.rejections().get(0).order());
        assertEquals("id", intraday.rejections().get(0).field());
    }

    /** Stages must come in increasing order. */
    @Test
    void stagesOutOfOrderAreRefused() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> createMatcher().clear(List.of(
                new TimescaleBook(Timescale.REAL_TIME, List.of()), new TimescaleBook(Timescale.INTRADAY, List.of()))));
        assertEquals("timescale", e.field());
    }

    @Provide
    Arbitrary<List<TimescaleBook>> stagedBooks() {
        Arbitrary<List<Order>> stage = OrderArbitraries.overlappingBatches(Math.max(1, maxBatchSize() / 3));
        return Combinators.combine(stage, stage, stage).as((a, b, c) -> List.of(
                new TimescaleBook(Timescale.DAY_AHEAD, renamed(a, "D", 0)),
                new TimescaleBook(Timescale.INTRADAY, renamed(b, "I", 1_000)),
                new TimescaleBook(Timescale.REAL_TIME, renamed(c, "R", 2_000))));
    }

    private static List<Order> renamed(List<Order> orders, String prefix, long timeOffset) {
        List<Order> out = new ArrayList<>(orders.size());
        for (Order o : orders) {
            out.add(new Order(OrderId.of(prefix + "-" + o.id().value()), o.participant(), o.side(), o.limit(),
                    o.reserve(), o.quantity(), timeOffset + o.time(), o.energyType(), o.location(), o.credit(),
                    o.preferences()));
        }
        return out;
    }
}
