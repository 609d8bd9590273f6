package dev.eet.matching.continuous;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.matching.MatchResult;
import dev.eet.api.matching.Matcher;
import dev.eet.api.matching.MatcherProvider;
import dev.eet.api.matching.OrderRemainder;
import dev.eet.api.model.GridTrade;
import dev.eet.api.model.Order;
import dev.eet.api.model.OrderId;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.model.Side;
import dev.eet.api.model.Trade;
import dev.eet.api.spi.Config;
import dev.eet.api.spi.ProviderRegistry;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Price;
import dev.eet.tck.matching.MatcherInvariants;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code continuous} matcher as a {@link Matcher}: arrival-order replay, configuration, grid fallback. */
class ContinuousMatcherTest {

    private static Matcher create(Config config) {
        return ProviderRegistry.load(MatcherProvider.class).get("continuous").create(config);
    }

    private static Config params(String... keyValues) {
        Config.Builder b = Config.builder("matcher continuous");
        for (int i = 0; i < keyValues.length; i += 2) {
            b.put(keyValues[i], keyValues[i + 1]);
        }
        return b.build();
    }

    private static Order order(String id, String who, Side side, String price, String kwh, long time) {
        return Order.builder(id, who, side).limit(price).quantity(kwh).time(time).build();
    }

    /** Sellers rest, then a buyer sweeps them in price-time order, then a late cheap seller meets a late buyer. */
    private static final List<Order> ARRIVALS = List.of(
            order("S1", "A", Side.SELL, "0.50", "10", 1),
            order("S2", "B", Side.SELL, "0.40", "5", 2),
            order("S3", "C", Side.SELL, "0.40", "5", 3),
            order("B1", "D", Side.BUY, "0.50", "12", 4),
            order("S4", "E", Side.SELL, "0.30", "4", 5),
            order("B2", "F", Side.BUY, "0.35", "6", 6));

    private static Trade trade(String sell, String buy, String seller, String buyer, String kwh, String price) {
        return new Trade(OrderId.of(sell), OrderId.of(buy), ParticipantId.of(seller), ParticipantId.of(buyer),
                Energy.ofKwh(kwh), Price.perKwh(price), 1);
    }

    @Test
    void registeredUnderItsNameThroughServiceLoader() {
        Matcher m = create(Config.empty());
        assertEquals("continuous", m.name());
    }

    @Test
    void replaysTheBatchInTimeOrderAtRestingPrices() {
        MatchResult r = create(Config.empty()).match(ARRIVALS);
        assertEquals(List.of(
                trade("S2", "B1", "B", "D", "5", "0.40"),
                trade("S3", "B1", "C", "D", "5", "0.40"),
                trade("S1", "B1", "A", "D", "2", "0.50"),
                trade("S4", "B2", "E", "F", "4", "0.30")), r.trades());
        assertEquals(List.of(
                new OrderRemainder(OrderId.of("S1"), ParticipantId.of("A"), Side.SELL, Energy.ofKwh(8)),
                new OrderRemainder(OrderId.of("B2"), ParticipantId.of("F"), Side.BUY, Energy.ofKwh(2))),
                r.unmatched());
        assertTrue(r.gridTrades().isEmpty());
        assertTrue(MatcherInvariants.violations(ARRIVALS, r).isEmpty());
    }

    @Test
    void midpointPricingAveragesTheTwoLimits() {
        MatchResult r = create(params("pricing", "midpoint")).match(ARRIVALS);
        assertEquals(List.of(
                trade("S2", "B1", "B", "D", "5", "0.45"),
                trade("S3", "B1", "C", "D", "5", "0.45"),
                trade("S1", "B1", "A", "D", "2", "0.50"),
                trade("S4", "B2", "E", "F", "4", "0.325")), r.trades());
    }

    @Test
    void listOrderDoesNotMatterOnlyTime() {
        List<Order> reversed = new java.util.ArrayList<>(ARRIVALS);
        java.util.Collections.reverse(reversed);
        Matcher m = create(Config.empty());
        assertEquals(m.match(ARRIVALS), m.match(reversed));
    }

    @Test
    void unfilledQuantityGoesToTheGridWhenGridPricesAreConfigured() {
        MatchResult r = create(params("gridRetailPrice", "0.59", "gridFeedInPrice", "0.31")).match(ARRIVALS);
        assertEquals(List.of(
                new GridTrade(OrderId.of("S1"), ParticipantId.of("A"), Side.SELL, Energy.ofKwh(8), Price.perKwh("0.31")),
                new GridTrade(OrderId.of("B2"), ParticipantId.of("F"), Side.BUY, Energy.ofKwh(2), Price.perKwh("0.59"))),
                r.gridTrades());
        assertTrue(r.unmatched().isEmpty());
        assertTrue(MatcherInvariants.violations(ARRIVALS, r).isEmpty());
    }

    @Test
    void onlyTheConfiguredSideGoesToTheGrid() {
        MatchResult r = create(params("gridRetailPrice", "0.59")).match(ARRIVALS);
        assertEquals(1, r.gridTrades().size());
        assertEquals(Side.BUY, r.gridTrades().get(0).side());
        assertEquals(1, r.unmatched().size());
        assertEquals(Side.SELL, r.unmatched().get(0).side());
    }

    @Test
    void selfTradeCancelledQuantityIsReportedAsUnmatched() {
        List<Order> orders = List.of(
                order("S1", "P", Side.SELL, "0.30", "10", 1),
                order("S2", "Q", Side.SELL, "0.32", "10", 2),
                order("B1", "P", Side.BUY, "0.40", "15", 3));
        MatchResult resting = create(Config.empty()).match(orders);
        assertEquals(List.of(trade("S2", "B1", "Q", "P", "10", "0.32")), resting.trades());
        assertTrue(MatcherInvariants.violations(orders, resting).isEmpty());
        MatchResult incoming = create(params("selfTradePrevention", "cancel-incoming")).match(orders);
        assertTrue(incoming.trades().isEmpty(), "the buyer meets its own ask first and is cancelled");
        assertEquals(3, incoming.unmatched().size());
        assertTrue(MatcherInvariants.violations(orders, incoming).isEmpty());
    }

    @Test
    void badParametersNameTheKey() {
        InvalidArgumentException unknownValue = assertThrows(InvalidArgumentException.class,
                () -> create(params("pricing", "vwap")));
        assertEquals("pricing", unknownValue.field());
        assertTrue(unknownValue.getMessage().contains("MIDPOINT"), unknownValue.getMessage());
        assertEquals("selfTradePrevention", assertThrows(InvalidArgumentException.class,
                () -> create(params("selfTradePrevention", "skip"))).field());
        assertEquals("beta", assertThrows(InvalidArgumentException.class,
                () -> create(params("beta", "0.1"))).field());
        assertEquals("gridRetailPrice", assertThrows(InvalidArgumentException.class,
                () -> create(params("gridRetailPrice", "-0.1"))).field());
        assertEquals("gridFeedInPrice", assertThrows(InvalidArgumentException.class,
                () -> create(params("gridFeedInPrice", "cheap"))).field());
    }

    @Test
    void duplicateIdIsRejectedAndTheRestTrades() {
        List<Order> orders = List.of(
                order("S1", "A", Side.SELL, "0.30", "10", 1),
                order("S1", "B", Side.SELL, "0.20", "10", 2),
                order("B1", "C", Side.BUY, "0.40", "10", 3));
        MatchResult r = create(Config.empty()).match(orders);
        assertEquals(1, r.rejections().size());
        assertEquals("id", r.rejections().get(0).field());
        assertEquals(List.of(trade("S1", "B1", "A", "C", "10", "0.30")), r.trades());
    }
}
