package dev.eet.matching.auction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.matching.GridTariff;
import dev.eet.api.matching.MarketReport;
import dev.eet.api.matching.MatchResult;
import dev.eet.api.model.GridTrade;
import dev.eet.api.model.Order;
import dev.eet.api.model.OrderId;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.model.Side;
import dev.eet.api.model.Trade;
import dev.eet.api.spi.Config;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import dev.eet.api.value.Price;
import dev.eet.tck.matching.MatcherInvariants;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of matching.md section 1 and node.md, computed by hand. */
class CdaExamplesTest {
    private final CdaMatcher cda = CdaMatcher.from(Config.builder("test").put("beta", "0.1")
            .put("gridRetailPrice", "0.59").put("gridFeedInPrice", "0.31").build());

    static Order sell(String id, String limit, String reserve, String kwh, long time) {
        return Order.builder(id, id, Side.SELL).limit(limit).reserve(reserve).quantity(kwh).time(time).build();
    }

    static Order buy(String id, String limit, String reserve, String kwh, long time) {
        return Order.builder(id, id, Side.BUY).limit(limit).reserve(reserve).quantity(kwh).time(time).build();
    }

    static Trade trade(String s, String b, String kwh, String price, int round) {
        return new Trade(OrderId.of(s), OrderId.of(b), ParticipantId.of(s), ParticipantId.of(b), Energy.ofKwh(kwh),
                Price.perKwh(price), round);
    }

    static GridTrade grid(String id, Side side, String kwh, String price) {
        return new GridTrade(OrderId.of(id), ParticipantId.of(id), side, Energy.ofKwh(kwh), Price.perKwh(price));
    }

    @Test
    void nodeMdExample() {
        // S1 sells 220 at 0.41 (reserve 0.34), B1 buys 400 at 0.53 (reserve 0.58).
        // Round 1: 0.41 <= 0.53, q = min(220, 400) = 220 at (0.41 + 0.53) / 2 = 0.47. No seller is left for round 2.
        // Grid: B1's remaining 400 - 220 = 180 kWh at retail 0.59.
        List<Order> orders = List.of(sell("S1", "0.41", "0.34", "220", 0), buy("B1", "0.53", "0.58", "400", 1));
        MatchResult r = cda.match(orders);
        assertEquals(List.of(trade("S1", "B1", "220", "0.47", 1)), r.trades());
        assertEquals(List.of(grid("B1", Side.BUY, "180", "0.59")), r.gridTrades());
        assertTrue(MatcherInvariants.violations(orders, r).isEmpty());

        MarketReport report = MarketReport.of(r, cda.tariff());
        assertEquals(Energy.ofKwh(220), report.peerEnergy());
        assertEquals(Energy.ofKwh(180), report.gridImport());
        assertEquals(Energy.ZERO, report.gridExport());
        // buyers: 220 * 0.47 + 180 * 0.59 = 103.4 + 106.2 = 209.6; grid only 400 * 0.59 = 236
        assertEquals(Money.of("209.6"), report.buyerCost());
        assertEquals(Money.of("236"), report.buyerCostGridOnly());
        // (236 - 209.6) / 236 = 11.1864...%
        assertEquals(new BigDecimal("11.19"), report.buyerSavingPercent());
        // sellers: 220 * 0.47 = 103.4; grid only 220 * 0.31 = 68.2; (103.4 - 68.2) / 68.2 = 51.6129...%
        assertEquals(Money.of("103.4"), report.sellerRevenue());
        assertEquals(Money.of("68.2"), report.sellerRevenueGridOnly());
        assertEquals(new BigDecimal("51.61"), report.sellerGainPercent());
    }

    /**
     * A book exercising both rounds, both clamps and the grid on both sides.
     *
     * <pre>
     * sellers (price asc)              buyers (price desc)
     *  S1 0.30 res 0.25  100 kWh t1     B1 0.50 res 0.55  120 kWh t6
     *  S2 0.40 res 0.35   50 kWh t2     B2 0.42 res 0.50   60 kWh t7
     *  S3 0.421 res 0.4195 10 kWh t3    B3 0.35 res 0.355  40 kWh t8
     *  S4 0.46 res 0.41   20 kWh t4
     *  S5 0.50 res 0.40   80 kWh t5
     * Round 1:  S1-B1 100 @ (0.30+0.50)/2 = 0.40   (S1 done, B1 has 20)
     *           S2-B1  20 @ (0.40+0.50)/2 = 0.45   (B1 done, S2 has 30)
     *           S2-B2  30 @ (0.40+0.42)/2 = 0.41   (S2 done, B2 has 30)
     *           S3 asks 0.421 > 0.42: round 1 ends.
     * askMax = 0.40 (S2), bidMin = 0.42 (B2); beta = 0.1
     * PS3 = 0.421 - 0.1*(0.421-0.40) = 0.4189 -> clamped up to its reserve 0.4195
     * PS4 = 0.46 - 0.1*(0.46-0.40) = 0.454;  PS5 = 0.50 - 0.1*(0.50-0.40) = 0.49
     * PB2 = 0.42 + 0.1*(0.42-0.42) = 0.42;   PB3 = 0.35 + 0.1*(0.42-0.35) = 0.357 -> clamped down to 0.355
     * Round 2:  S3-B2  10 @ (0.4195+0.42)/2 = 0.41975  (0.4195 <= 0.50 and 0.42 >= 0.4195)
     *           S4-B2  20 @ (0.454+0.42)/2 = 0.437     (0.454 <= 0.50 and 0.42 >= 0.41; B2 done)
     *           S5-B3: 0.49 > B3's reserve 0.355, no trade.
     * Grid (time order): S5 sells 80 at 0.31, B3 buys 40 at 0.59.
     * </pre>
     */
    @Test
    void handCheckedBookWithRoundTwoAndGridFallback() {
        List<Order> orders = List.of(
                buy("B3", "0.35", "0.355", "40", 8), sell("S5", "0.50", "0.40", "80", 5),
                sell("S1", "0.30", "0.25", "100", 1), sell("S2", "0.40", "0.35", "50", 2),
                sell("S3", "0.421", "0.4195", "10", 3), sell("S4", "0.46", "0.41", "20", 4),
                buy("B1", "0.50", "0.55", "120", 6), buy("B2", "0.42", "0.50", "60", 7));
        MatchResult r = cda.match(orders);
        assertEquals(List.of(
                trade("S1", "B1", "100", "0.40", 1),
                trade("S2", "B1", "20", "0.45", 1),
                trade("S2", "B2", "30", "0.41", 1),
                trade("S3", "B2", "10", "0.41975", 2),
                trade("S4", "B2", "20", "0.437", 2)), r.trades());
        assertEquals(List.of(grid("S5", Side.SELL, "80", "0.31"), grid("B3", Side.BUY, "40", "0.59")),
                r.gridTrades());
        assertTrue(MatcherInvariants.violations(orders, r).isEmpty());

        MarketReport report = MarketReport.of(r, cda.tariff());
        // peer: 100 + 20 + 30 + 10 + 20 = 180 kWh; amounts 40 + 9 + 12.3 + 4.1975 + 8.74 = 74.2375
        assertEquals(Energy.ofKwh(180), report.peerEnergy());
        assertEquals(Energy.ofKwh(40), report.gridImport());
        assertEquals(Energy.ofKwh(80), report.gridExport());
        // buyers pay 74.2375 + 40 * 0.59 = 97.8375; grid only (120 + 60 + 40) * 0.59 = 129.8
        assertEquals(Money.of("97.8375"), report.buyerCost());
        assertEquals(Money.of("129.8"), report.buyerCostGridOnly());
        assertEquals(new BigDecimal("24.62"), report.buyerSavingPercent()); // 31.9625 / 129.8 = 24.6244%
        // sellers get 74.2375 + 80 * 0.31 = 99.0375; grid only (100 + 50 + 10 + 20 + 80) * 0.31 = 80.6
        assertEquals(Money.of("99.0375"), report.sellerRevenue());
        assertEquals(Money.of("80.6"), report.sellerRevenueGridOnly());
        assertEquals(new BigDecimal("22.88"), report.sellerGainPercent()); // 18.4375 / 80.6 = 22.8753%
        MarketReport.ParticipantReport b2 = report.participants().stream()
                .filter(p -> p.participant().value().equals("B2")).findFirst().orElseThrow();
        // B2: 30 * 0.41 + 10 * 0.41975 + 20 * 0.437 = 12.3 + 4.1975 + 8.74 = 25.2375 for 60 kWh
        assertEquals(Energy.ofKwh(60), b2.boughtPeer());
        assertEquals(Money.of("25.2375"), b2.paid());
        assertEquals(Money.of("35.4"), b2.paidGridOnly());
        assertEquals(8, report.participants().size());
    }

    @Test
    void withoutARoundOneTradeRoundTwoUsesEachSidesBestRemainingLimit() {
        // No crossing: S1 asks 0.50, B1 bids 0.45. askMax = 0.50 (best ask), bidMin = 0.45 (best bid).
        // PS1 = 0.50 - 0.1*(0.50-0.50) = 0.50 <= B1's reserve 0.52; PB1 = 0.45 >= S1's reserve 0.40
        //   -> 10 kWh at (0.50 + 0.45)/2 = 0.475 in round 2.
        // S2: PS2 = 0.60 - 0.1*(0.60-0.50) = 0.59 > 0.52: to the grid.
        List<Order> orders = List.of(sell("S1", "0.50", "0.40", "10", 1), sell("S2", "0.60", "0.44", "5", 2),
                buy("B1", "0.45", "0.52", "10", 3));
        MatchResult r = cda.match(orders);
        assertEquals(List.of(trade("S1", "B1", "10", "0.475", 2)), r.trades());
        assertEquals(List.of(grid("S2", Side.SELL, "5", "0.31")), r.gridTrades());
    }

    @Test
    void sellerSkipsItsOwnBuyOrderAndTheBuyOrderKeepsItsPlace() {
        // P1 sells at 0.30 and buys at 0.50; P2 buys at 0.40; P3 sells at 0.35.
        // Round 1: P1's sell skips P1's buy (same participant) and trades with P2: 10 @ 0.35.
        //          P3's sell then takes P1's buy, which kept its place: 10 @ (0.35+0.50)/2 = 0.425.
        List<Order> orders = List.of(
                Order.builder("s1", "P1", Side.SELL).limit("0.30").quantity("10").time(1).build(),
                Order.builder("b1", "P1", Side.BUY).limit("0.50").quantity("10").time(2).build(),
                Order.builder("b2", "P2", Side.BUY).limit("0.40").quantity("10").time(3).build(),
                Order.builder("s3", "P3", Side.SELL).limit("0.35").quantity("10").time(4).build());
        MatchResult r = cda.match(orders);
        assertEquals(List.of(
                new Trade(OrderId.of("s1"), OrderId.of("b2"), ParticipantId.of("P1"), ParticipantId.of("P2"),
                        Energy.ofKwh(10), Price.perKwh("0.35"), 1),
                new Trade(OrderId.of("s3"), OrderId.of("b1"), ParticipantId.of("P3"), ParticipantId.of("P1"),
                        Energy.ofKwh(10), Price.perKwh("0.425"), 1)), r.trades());
        assertTrue(r.gridTrades().isEmpty());
    }

    @Test
    void roundTwoRoundsTheAdjustmentHalfEven() {
        // beta = 0.5, askMax = 0.000001 (S0), remaining seller S1 at 0.000004 (reserve 0):
        // PS1 = 0.000004 - 0.5*0.000003 = 0.000004 - 0.0000015 -> 0.0000015 rounds HALF_EVEN to 0.000002,
        // so PS1 = 0.000002; B1 (0.000001, reserve 0.000003): PB1 = bidMin 0.000001 (its own limit)
        // round 2: PS1 0.000002 <= 0.000003 and PB1 0.000001 >= 0 -> price (0.000002+0.000001)/2 = 0.0000015 -> 0.000002
        CdaMatcher half = new CdaMatcher(new BigDecimal("0.5"), GridTariff.DEFAULT);
        List<Order> orders = List.of(sell("S0", "0.000001", "0", "1", 0), buy("B0", "0.000001", "0.000001", "1", 1),
                sell("S1", "0.000004", "0", "1", 2), buy("B1", "0.000001", "0.000003", "1", 3));
        MatchResult r = half.match(orders);
        assertEquals(List.of(trade("S0", "B0", "1", "0.000001", 1), trade("S1", "B1", "1", "0.000002", 2)),
                r.trades());
    }

    @Test
    void invalidParametersNameTheKey() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> CdaMatcher.from(Config.builder("x").put("beta", "1.5").build()));
        assertEquals("matcher cda: beta: must be in [0, 1], was 1.5", e.getMessage());
        e = assertThrows(InvalidArgumentException.class,
                () -> CdaMatcher.from(Config.builder("x").put("betta", "0.1").build()));
        assertEquals("betta", e.field());
        e = assertThrows(InvalidArgumentException.class,
                () -> CdaMatcher.from(Config.builder("x").put("gridRetailPrice", "-1").build()));
        assertEquals("gridRetailPrice", e.field());
        e = assertThrows(InvalidArgumentException.class,
                () -> CdaMatcher.from(Config.builder("x").put("beta", "0.12345678").build()));
        assertEquals("beta", e.field());
    }
}
