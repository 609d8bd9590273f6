package dev.eet.matching.auction;

import static dev.eet.matching.auction.CdaExamplesTest.grid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.matching.MatchResult;
import dev.eet.api.matching.OrderRejection;
import dev.eet.api.matching.OrderRemainder;
import dev.eet.api.matching.Timescale;
import dev.eet.api.matching.TimescaleBook;
import dev.eet.api.matching.TimescaleResult;
import dev.eet.api.model.EnergyType;
import dev.eet.api.model.GridTrade;
import dev.eet.api.model.Order;
import dev.eet.api.model.OrderId;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.model.Side;
import dev.eet.api.model.Trade;
import dev.eet.api.value.Energy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** matching.md section 2: renewable sellers first, and day-ahead -> intraday -> real-time on residual positions. */
class RenewableFirstMatcherTest {
    private final RenewableFirstMatcher matcher = new RenewableFirstMatcher();

    private static Order sell(String id, String limit, String kwh, long time, EnergyType type) {
        return Order.builder(id, id, Side.SELL).limit(limit).quantity(kwh).time(time).energyType(type).build();
    }

    private static Order buy(String id, String limit, String kwh, long time) {
        return Order.builder(id, id, Side.BUY).limit(limit).quantity(kwh).time(time).build();
    }

    @Test
    void renewableSellerGoesFirstEvenWhenDearer() {
        // SOLAR at 0.40 outranks THERMAL at 0.30: B1's 10 kWh go to S-solar at (0.40 + 0.50) / 2 = 0.45
        List<Order> orders = List.of(sell("thermal", "0.30", "10", 1, EnergyType.THERMAL),
                sell("solar", "0.40", "10", 2, EnergyType.SOLAR), buy("B1", "0.50", "10", 3));
        MatchResult r = matcher.match(orders);
        assertEquals(List.of(CdaExamplesTest.trade("solar", "B1", "10", "0.45", 1)), r.trades());
        assertEquals(List.of(grid("thermal", Side.SELL, "10", "0.31")), r.gridTrades());
    }

    @Test
    void conventionalSellerIsNotLockedOutByADearRenewableOne() {
        // WIND at 0.60 does not cross B1's 0.50; the renewable walk ends and THERMAL at 0.30 trades at 0.40
        List<Order> orders = List.of(sell("wind", "0.60", "10", 1, EnergyType.WIND),
                sell("thermal", "0.30", "10", 2, EnergyType.THERMAL), buy("B1", "0.50", "10", 3));
        MatchResult r = matcher.match(orders);
        assertEquals(List.of(CdaExamplesTest.trade("thermal", "B1", "10", "0.40", 1)), r.trades());
        assertEquals(List.of(grid("wind", Side.SELL, "10", "0.31")), r.gridTrades());
    }

    @Test
    void sellersWithoutADeclaredTypeAreConventional() {
        Order untyped = Order.builder("plain", "plain", Side.SELL).limit("0.10").quantity("10").time(1).build();
        List<Order> orders = List.of(untyped, sell("hydro", "0.45", "10", 2, EnergyType.HYDRO),
                buy("B1", "0.50", "10", 3));
        assertEquals(List.of(CdaExamplesTest.trade("hydro", "B1", "10", "0.475", 1)), matcher.match(orders).trades());
    }

    @Test
    void threeTimescalesClearOnResidualPositions() {
        // Day-ahead: S1 (SOLAR 0.30, 100 kWh) meets B1 (0.50, 60 kWh): 60 @ 0.40; S1 carries 40.
        // Intraday: new B2 (0.45, 30 kWh) takes 30 of S1's residual @ 0.375; S1 carries 10.
        //           a new order reusing id B1 is rejected.
        // Real-time: new B3 (0.20, 5 kWh) and S2 (WIND 0.25, 10 kWh) do not cross anything;
        //            the grid takes S1's 10 and S2's 10 at 0.31 and supplies B3's 5 at 0.59.
        List<TimescaleBook> books = List.of(
                new TimescaleBook(Timescale.DAY_AHEAD, List.of(sell("S1", "0.30", "100", 1, EnergyType.SOLAR),
                        buy("B1", "0.50", "60", 2))),
                new TimescaleBook(Timescale.INTRADAY, List.of(buy("B2", "0.45", "30", 3), buy("B1", "0.55", "1", 4))),
                new TimescaleBook(Timescale.REAL_TIME, List.of(buy("B3", "0.20", "5", 5),
                        sell("S2", "0.25", "10", 6, EnergyType.WIND))));
        List<TimescaleResult> results = matcher.clear(books);
        assertEquals(3, results.size());

        MatchResult dayAhead = results.get(0).result();
        assertEquals(Timescale.DAY_AHEAD, results.get(0).timescale());
        assertEquals(List.of(CdaExamplesTest.trade("S1", "B1", "60", "0.40", 1)), dayAhead.trades());
        assertTrue(dayAhead.gridTrades().isEmpty(), "only the last stage uses the grid");
        assertEquals(List.of(new OrderRemainder(OrderId.of("S1"), ParticipantId.of("S1"), Side.SELL, Energy.ofKwh(40))),
                dayAhead.unmatched());

        MatchResult intraday = results.get(1).result();
        assertEquals(List.of(CdaExamplesTest.trade("S1", "B2", "30", "0.375", 1)), intraday.trades());
        assertEquals(List.of(new OrderRejection(OrderId.of("B1"), "id", "duplicate order id (already submitted for DAY_AHEAD)")),
                intraday.rejections());
        assertEquals(List.of(new OrderRemainder(OrderId.of("S1"), ParticipantId.of("S1"), Side.SELL, Energy.ofKwh(10))),
                intraday.unmatched());

        MatchResult realTime = results.get(2).result();
        assertTrue(realTime.trades().isEmpty());
        assertEquals(List.of(grid("S1", Side.SELL, "10", "0.31"), grid("B3", Side.BUY, "5", "0.59"),
                grid("S2", Side.SELL, "10", "0.31")), realTime.gridTrades());
        assertTrue(realTime.unmatched().isEmpty());
    }

    @Test
    void energyIsConservedAcrossStages() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(7);
        for (int round = 0; round < 50; round++) {
            List<TimescaleBook> books = new ArrayList<>();
            Map<OrderId, Energy> submitted = new HashMap<>();
            int id = 0;
            for (Timescale t : Timescale.values()) {
                List<Order> orders = new ArrayList<>();
                for (int k = rnd.nextInt(8); k > 0; k--) {
                    String oid = "o" + id++;
                    Side side = rnd.nextBoolean() ? Side.SELL : Side.BUY;
                    Order o = Order.builder(oid, "p" + rnd.nextInt(5), side)
                            .limit(dev.eet.api.value.Price.ofMicros(rnd.nextLong(100_000, 600_000)))
                            .quantity(Energy.ofMicroKwh(1 + rnd.nextLong(50_000_000)))
                            .time(id).energyType(EnergyType.values()[rnd.nextInt(EnergyType.values().length)]).build();
                    orders.add(o);
                    submitted.put(o.id(), o.quantity());
                }
                books.add(new TimescaleBook(t, orders));
            }
            Map<OrderId, Energy> accounted = new HashMap<>();
            for (TimescaleResult r : matcher.clear(books)) {
                for (Trade tr : r.result().trades()) {
                    accounted.merge(tr.sellOrder(), tr.quantity(), Energy::plus);
                    accounted.merge(tr.buyOrder(), tr.quantity(), Energy::plus);
                    assertTrue(!tr.seller().equals(tr.buyer()));
                }
                for (GridTrade g : r.result().gridTrades()) {
                    accounted.merge(g.order(), g.quantity(), Energy::plus);
                }
            }
            assertEquals(submitted, accounted, "round " + round);
        }
    }

    @Test
    void stagesMustBeInIncreasingOrder() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> matcher.clear(List.of(
                new TimescaleBook(Timescale.INTRADAY, List.of()), new TimescaleBook(Timescale.DAY_AHEAD, List.of()))));
        assertEquals("timescale", e.field());
    }
}
