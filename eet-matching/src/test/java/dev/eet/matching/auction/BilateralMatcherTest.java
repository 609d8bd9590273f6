package dev.eet.matching.auction;

import static dev.eet.matching.auction.CdaExamplesTest.buy;
import static dev.eet.matching.auction.CdaExamplesTest.grid;
import static dev.eet.matching.auction.CdaExamplesTest.sell;
import static dev.eet.matching.auction.CdaExamplesTest.trade;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eet.api.matching.MatchResult;
import dev.eet.api.model.Order;
import dev.eet.api.model.OrderId;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.model.Side;
import dev.eet.api.model.Trade;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Price;
import java.util.List;
import org.junit.jupiter.api.Test;

/** matching.md section 5's bilateral baseline. */
class BilateralMatcherTest {
    private final BilateralMatcher matcher = new BilateralMatcher();

    @Test
    void pairsFromTheTopAtOneMarginalPrice() {
        // sellers 0.30 (10), 0.35 (5), 0.45 (10); buyers 0.50 (8), 0.40 (10), 0.32 (10)
        // pairs: S1-B1 (0.30 <= 0.50), S2-B2 (0.35 <= 0.40); S3-B3 0.45 > 0.32 stops.
        // marginal pair S2-B2: price (0.35 + 0.40) / 2 = 0.375 for every pair.
        // S1-B1 trades min(10, 8) = 8, S2-B2 min(5, 10) = 5; each order is in one pair only, the rest goes to the grid.
        List<Order> orders = List.of(sell("S1", "0.30", "0.30", "10", 1), sell("S2", "0.35", "0.35", "5", 2),
                sell("S3", "0.45", "0.45", "10", 3), buy("B1", "0.50", "0.50", "8", 4),
                buy("B2", "0.40", "0.40", "10", 5), buy("B3", "0.32", "0.32", "10", 6));
        MatchResult r = matcher.match(orders);
        assertEquals(List.of(trade("S1", "B1", "8", "0.375", 1), trade("S2", "B2", "5", "0.375", 1)), r.trades());
        assertEquals(List.of(grid("S1", Side.SELL, "2", "0.31"), grid("S3", Side.SELL, "10", "0.31"),
                grid("B2", Side.BUY, "5", "0.59"), grid("B3", Side.BUY, "10", "0.59")), r.gridTrades());
    }

    @Test
    void aSellerSkipsItsOwnBuyerWhichPairsWithTheNextSeller() {
        // P1 sells at 0.10 and bids 0.60; P2 bids 0.20; P3 sells at 0.15.
        // P1's sell skips P1's bid and pairs with P2 (0.10 <= 0.20); P3's sell then pairs with P1's bid
        // (0.15 <= min(0.20, 0.60)). Marginal price: (highest ask 0.15 + lowest bid 0.20) / 2 = 0.175.
        List<Order> orders = List.of(
                Order.builder("s1", "P1", Side.SELL).limit("0.10").quantity("5").time(1).build(),
                Order.builder("b1", "P1", Side.BUY).limit("0.60").quantity("5").time(2).build(),
                Order.builder("b2", "P2", Side.BUY).limit("0.20").quantity("5").time(3).build(),
                Order.builder("s3", "P3", Side.SELL).limit("0.15").quantity("5").time(4).build());
        MatchResult r = matcher.match(orders);
        assertEquals(List.of(
                new Trade(OrderId.of("s1"), OrderId.of("b2"), ParticipantId.of("P1"), ParticipantId.of("P2"),
                        Energy.ofKwh(5), Price.perKwh("0.175"), 1),
                new Trade(OrderId.of("s3"), OrderId.of("b1"), ParticipantId.of("P3"), ParticipantId.of("P1"),
                        Energy.ofKwh(5), Price.perKwh("0.175"), 1)), r.trades());
    }
}
