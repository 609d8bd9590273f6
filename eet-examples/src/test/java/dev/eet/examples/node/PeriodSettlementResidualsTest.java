package dev.eet.examples.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eet.api.matching.MatchResult;
import dev.eet.api.model.GridTrade;
import dev.eet.api.model.OrderId;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.model.Side;
import dev.eet.api.model.Trade;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.settlement.Transfer;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import dev.eet.api.value.Price;
import dev.eet.settlement.compensation.GridPriceGapCompensationRule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** {@link PeriodSettlement} with {@code settleResiduals}: metered energy outside the contracts settles with the grid. */
class PeriodSettlementResidualsTest {
    private static final Price RETAIL = Price.perKwh("0.59");
    private static final Price FEED_IN = Price.perKwh("0.31");

    private static PeriodSettlement settlement(boolean residuals) {
        return new PeriodSettlement(new GridPriceGapCompensationRule(), RETAIL, FEED_IN, new BigDecimal("0.1"), false,
                residuals);
    }

    private static ParticipantId p(String id) {
        return ParticipantId.of(id);
    }

    /** S1 sells 220 to B1 at 0.47; B1 also buys 180 from the grid, C sells 10 to it, D buys 5 from it. */
    private static final MatchResult RESULT = new MatchResult("cda",
            List.of(new Trade(OrderId.of("S1"), OrderId.of("B1"), p("S1"), p("B1"), Energy.ofKwh(220),
                    Price.perKwh("0.47"), 1)),
            List.of(new GridTrade(OrderId.of("B1"), p("B1"), Side.BUY, Energy.ofKwh(180), RETAIL),
                    new GridTrade(OrderId.of("C"), p("C"), Side.SELL, Energy.ofKwh(10), FEED_IN),
                    new GridTrade(OrderId.of("D"), p("D"), Side.BUY, Energy.ofKwh(5), RETAIL)),
            List.of(), List.of());

    private static TreeMap<ParticipantId, Energy> actuals() {
        // S1 supplies 30 beyond its trade; B1 uses 20 less than its grid purchase; C supplies 6 short of its grid
        // sale; D uses 3 more than it bought; E has no trade at all
        return new TreeMap<>(Map.of(p("S1"), Energy.ofKwh(250), p("B1"), Energy.ofKwh(-380), p("C"), Energy.ofKwh(4),
                p("D"), Energy.ofKwh(-8), p("E"), Energy.ofKwh(-2)));
    }

    @Test
    void energyOutsideTheContractsSettlesWithTheGrid() {
        List<Transfer> t = settlement(true).settle(3, RESULT, actuals()).transfers();
        Map<AccountId, Money> net = net(t);
        // S1: 220 x 0.47 = 103.4 from B1, + 30 x 0.31 = 9.3 exported
        assertEquals(Money.of("112.7"), net.get(AccountId.of("S1")));
        // B1: -103.4 peer, -180 x 0.59 = -106.2 grid, + 20 x 0.31 = 6.2 unused sold back
        assertEquals(Money.of("-203.4"), net.get(AccountId.of("B1")));
        // C: 10 x 0.31 = 3.1 for the grid sale, - 6 x 0.59 = 3.54 bought back
        assertEquals(Money.of("-0.44"), net.get(AccountId.of("C")));
        // D: -5 x 0.59 = -2.95 grid, -3 x 0.59 = -1.77 residual import
        assertEquals(Money.of("-4.72"), net.get(AccountId.of("D")));
        assertEquals(null, net.get(AccountId.of("E")), "no trade, not settled by the exchange");
        assertEquals(Money.ZERO, net.values().stream().reduce(Money.ZERO, Money::plus));
    }

    @Test
    void offByDefaultOnlyTheContractsSettle() {
        Map<AccountId, Money> net = net(settlement(false).settle(3, RESULT, actuals()).transfers());
        assertEquals(Money.of("103.4"), net.get(AccountId.of("S1")));
        assertEquals(Money.of("-209.6"), net.get(AccountId.of("B1")));
        assertEquals(Money.of("3.1"), net.get(AccountId.of("C")));
        assertEquals(Money.of("-2.95"), net.get(AccountId.of("D")));
        assertEquals(settlement(false).settle(3, RESULT, actuals()),
                new PeriodSettlement(new GridPriceGapCompensationRule(), RETAIL, FEED_IN, new BigDecimal("0.1"), false)
                        .settle(3, RESULT, actuals()));
    }

    private static Map<AccountId, Money> net(List<Transfer> transfers) {
        Map<AccountId, Money> out = new TreeMap<>();
        for (Transfer t : transfers) {
            out.merge(t.to(), t.amount(), Money::plus);
            out.merge(t.from(), t.amount().negate(), Money::plus);
        }
        return out;
    }
}
