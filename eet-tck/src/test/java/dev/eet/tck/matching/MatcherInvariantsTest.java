package dev.eet.tck.matching;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.matching.MatchResult;
import dev.eet.api.model.GridTrade;
import dev.eet.api.model.Order;
import dev.eet.api.model.Side;
import dev.eet.api.model.Trade;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Price;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kit's checker must catch broken matchers, or the kit could not fail. */
class MatcherInvariantsTest {
    private final Order sell = Order.builder("S1", "S1", Side.SELL).limit("0.30").reserve("0.25").quantity("10").time(1).build();
    private final Order buy = Order.builder("B1", "B1", Side.BUY).limit("0.50").reserve("0.55").quantity("10").time(2).build();
    private final List<Order> orders = List.of(sell, buy);

    private static MatchResult result(List<Trade> trades, List<GridTrade> grid) {
        return new MatchResult("broken", trades, grid, List.of(), List.of());
    }

    private Trade trade(String kwh, String price, int round) {
        return new Trade(sell.id(), buy.id(), sell.participant(), buy.participant(), Energy.ofKwh(kwh),
                Price.perKwh(price), round);
    }

    @Test
    void validResultHasNoViolations() {
        assertTrue(MatcherInvariants.violations(orders, result(List.of(trade("10", "0.40", 1)), List.of())).isEmpty());
    }

    @Test
    void createdEnergyIsCaught() {
        MatchResult r = result(List.of(trade("10", "0.40", 1)),
                List.of(new GridTrade(buy.id(), buy.participant(), Side.BUY, Energy.ofKwh(1), Price.perKwh("0.59"))));
        assertFalse(MatcherInvariants.violations(orders, r).isEmpty());
    }

    @Test
    void lostEnergyIsCaught() {
        assertFalse(MatcherInvariants.violations(orders, result(List.of(trade("9", "0.40", 1)), List.of())).isEmpty());
    }

    @Test
    void roundOneTradeOutsideLimitIsCaught() {
        assertFalse(MatcherInvariants.violations(orders, result(List.of(trade("10", "0.52", 1)), List.of())).isEmpty());
    }

    @Test
    void roundTwoTradeMayLeaveLimitButNotReserve() {
        assertTrue(MatcherInvariants.violations(orders, result(List.of(trade("10", "0.52", 2)), List.of())).isEmpty());
        assertFalse(MatcherInvariants.violations(orders, result(List.of(trade("10", "0.56", 2)), List.of())).isEmpty());
    }

    @Test
    void priorityViolationIsCaught() {
        Order cheap = Order.builder("S0", "S0", Side.SELL).limit("0.20").quantity("10").time(0).build();
        List<Order> all = List.of(cheap, sell, buy);
        MatchResult r = new MatchResult("broken", List.of(trade("10", "0.40", 1)),
                List.of(new GridTrade(cheap.id(), cheap.participant(), Side.SELL, Energy.ofKwh(10), Price.perKwh("0.31"))),
                List.of(), List.of());
        assertTrue(MatcherInvariants.violations(all, r).isEmpty());
        assertFalse(MatcherInvariants.priorityViolations(all, r, Side.SELL, MatcherInvariants.SELLER_PRICE_TIME).isEmpty());
    }

    @Test
    void betterOrderThatCouldNotHaveTakenTheTradeIsNotOwedIt() {
        // S0 asks 0.60, more than B1's 0.50: S1 trading with B1 is no priority violation even though S0 is "better"
        // under a renewable-first order that ranks S0 first
        Order dear = Order.builder("S0", "S0", Side.SELL).limit("0.60").quantity("10").time(0).build();
        List<Order> all = List.of(dear, sell, buy);
        MatchResult r = new MatchResult("ok", List.of(trade("10", "0.40", 1)),
                List.of(new GridTrade(dear.id(), dear.participant(), Side.SELL, Energy.ofKwh(10), Price.perKwh("0.31"))),
                List.of(), List.of());
        java.util.Comparator<Order> dearFirst = java.util.Comparator.comparing((Order o) -> !o.id().equals(dear.id()));
        assertTrue(MatcherInvariants.priorityViolations(all, r, Side.SELL, dearFirst).isEmpty());
    }

    @Test
    void tradedFirstRuleOnlyAsksForSomeTrade() {
        Order cheap = Order.builder("S0", "S0", Side.SELL).limit("0.20").quantity("10").time(0).build();
        Order buy2 = Order.builder("B2", "B2", Side.BUY).limit("0.50").quantity("4").time(3).build();
        List<Order> all = List.of(cheap, sell, buy, buy2);
        Trade t1 = new Trade(cheap.id(), buy2.id(), cheap.participant(), buy2.participant(), Energy.ofKwh(4),
                Price.perKwh("0.35"), 1);
        MatchResult r = new MatchResult("pairs", List.of(t1, trade("10", "0.40", 1)),
                List.of(new GridTrade(cheap.id(), cheap.participant(), Side.SELL, Energy.ofKwh(6), Price.perKwh("0.31"))),
                List.of(), List.of());
        assertTrue(MatcherInvariants.violations(all, r).isEmpty());
        assertFalse(MatcherInvariants.priorityViolations(all, r, Side.SELL, MatcherInvariants.SELLER_PRICE_TIME,
                PriorityRule.FILLED_FIRST).isEmpty(), "S0 is only partly filled while S1 trades");
        assertTrue(MatcherInvariants.priorityViolations(all, r, Side.SELL, MatcherInvariants.SELLER_PRICE_TIME,
                PriorityRule.TRADED_FIRST).isEmpty(), "S0 traded, which is all TRADED_FIRST asks");
        MatchResult none = new MatchResult("pairs", List.of(trade("10", "0.40", 1)),
                List.of(new GridTrade(cheap.id(), cheap.participant(), Side.SELL, Energy.ofKwh(10), Price.perKwh("0.31")),
                        new GridTrade(buy2.id(), buy2.participant(), Side.BUY, Energy.ofKwh(4), Price.perKwh("0.59"))),
                List.of(), List.of());
        assertFalse(MatcherInvariants.priorityViolations(all, none, Side.SELL, MatcherInvariants.SELLER_PRICE_TIME,
                PriorityRule.TRADED_FIRST).isEmpty(), "S0 did not trade at all while S1 did");
    }

    @Test
    void mixedGridPricesAreCaught() {
        Order buy2 = Order.builder("B2", "B2", Side.BUY).limit("0.50").quantity("4").time(3).build();
        MatchResult r = new MatchResult("broken", List.of(),
                List.of(new GridTrade(buy.id(), buy.participant(), Side.BUY, Energy.ofKwh(10), Price.perKwh("0.59")),
                        new GridTrade(buy2.id(), buy2.participant(), Side.BUY, Energy.ofKwh(4), Price.perKwh("0.60"))),
                List.of(), List.of());
        assertFalse(MatcherInvariants.gridPriceViolations(r).isEmpty());
    }
}
