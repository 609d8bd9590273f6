package dev.eet.tck.matching;

import dev.eet.api.matching.MatchResult;
import dev.eet.api.matching.OrderRejection;
import dev.eet.api.matching.OrderRemainder;
import dev.eet.api.model.GridTrade;
import dev.eet.api.model.Order;
import dev.eet.api.model.OrderId;
import dev.eet.api.model.Side;
import dev.eet.api.model.Trade;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

/**
 * The invariants of matching.md ("What every matcher guarantees") as a checker that returns every violation it
 * finds, so a property can print them all. Usable from any test framework.
 */
public final class MatcherInvariants {

    private MatcherInvariants() {
    }

    /**
     * Checks the invariants that hold for every matcher: per-order energy conservation, trades within limits
     * (round 1) and reserves (every round), positive quantities, no self-trade, consistent sides and
     * participants, budget balance, and that rejected orders take no part.
     *
     * @param orders the submitted orders
     * @param result what the matcher returned for them
     * @return human-readable violations; empty when the result is valid
     */
    public static List<String> violations(List<Order> orders, MatchResult result) {
        List<String> out = new ArrayList<>();
        Map<OrderId, Order> byId = new HashMap<>();
        Map<OrderId, Integer> rejectedCount = new HashMap<>();
        Map<OrderId, Integer> occurrences = new HashMap<>();
        for (OrderRejection r : result.rejections()) {
            rejectedCount.merge(r.order(), 1, Integer::sum);
        }
        for (Order o : orders) {
            occurrences.merge(o.id(), 1, Integer::sum);
        }
        for (Map.Entry<OrderId, Integer> e : occurrences.entrySet()) {
            int rejected = rejectedCount.getOrDefault(e.getKey(), 0);
            if (rejected < e.getValue() - 1) {
                out.add("order id " + e.getKey() + " occurs " + e.getValue() + " times but only " + rejected
                        + " were rejected");
            }
        }
        for (Order o : orders) {
            // the first occurrence of an id takes part unless every occurrence was rejected
            int rejected = rejectedCount.getOrDefault(o.id(), 0);
            if (rejected < occurrences.get(o.id())) {
                byId.putIfAbsent(o.id(), o);
            }
        }
        Map<OrderId, Energy> accounted = new HashMap<>();
        Money buyersPay = Money.ZERO;
        Money sellersGet = Money.ZERO;
        for (Trade t : result.trades()) {
            Order sell = byId.get(t.sellOrder());
            Order buy = byId.get(t.buyOrder());
            if (sell == null || buy == null) {
                out.add("trade " + t + " references an order that was not submitted or was rejected");
                continue;
            }
            if (sell.side() != Side.SELL) {
                out.add("trade " + t + ": sell order " + sell.id() + " is a " + sell.side());
            }
            if (buy.side() != Side.BUY) {
                out.add("trade " + t + ": buy order " + buy.id() + " is a " + buy.side());
            }
            if (!t.seller().equals(sell.participant()) || !t.buyer().equals(buy.participant())) {
                out.add("trade " + t + ": participants do not match its orders");
            }
            if (!t.quantity().isPositive()) {
                out.add("trade " + t + ": non-positive quantity");
            }
            if (sell.participant().equals(buy.participant())) {
                out.add("trade " + t + ": self-trade by " + sell.participant());
            }
            if (t.round() == 1) {
                if (t.price().compareTo(sell.limit()) < 0) {
                    out.add("round-1 trade " + t + ": price below seller's limit " + sell.limit());
                }
                if (t.price().compareTo(buy.limit()) > 0) {
                    out.add("round-1 trade " + t + ": price above buyer's limit " + buy.limit());
                }
            }
            if (t.price().compareTo(sell.reserve()) < 0) {
                out.add("trade " + t + ": price below seller's reserve " + sell.reserve());
            }
            if (t.price().compareTo(buy.reserve()) > 0) {
                out.add("trade " + t + ": price above buyer's reserve " + buy.reserve());
            }
            accounted.merge(t.sellOrder(), t.quantity(), Energy::plus);
            accounted.merge(t.buyOrder(), t.quantity(), Energy::plus);
            buyersPay = buyersPay.plus(t.amount());
            sellersGet = sellersGet.plus(t.quantity().times(t.price()));
        }
        if (!buyersPay.equals(sellersGet)) {
            out.add("budget imbalance: buyers pay " + buyersPay + ", sellers receive " + sellersGet);
        }
        for (GridTrade g : result.gridTrades()) {
            Order o = byId.get(g.order());
            if (o == null) {
                out.add("grid trade " + g + " references an order that was not submitted or was rejected");
                continue;
            }
            if (o.side() != g.side() || !o.participant().equals(g.participant())) {
                out.add("grid trade " + g + " does not match its order's side or participant");
            }
            accounted.merge(g.order(), g.quantity(), Energy::plus);
        }
        for (OrderRemainder u : result.unmatched()) {
            Order o = byId.get(u.order());
            if (o == null) {
                out.add("remainder " + u + " references an order that was not submitted or was rejected");
                continue;
            }
            accounted.merge(u.order(), u.quantity(), Energy::plus);
        }
        for (Order o : byId.values()) {
            Energy got = accounted.getOrDefault(o.id(), Energy.ZERO);
            if (!got.equals(o.quantity())) {
                out.add("energy not conserved for order " + o.id() + ": traded + grid + unmatched = "
                        + got.toPlainString() + " kWh, submitted " + o.quantity().toPlainString() + " kWh");
            }
        }
        return out;
    }

    /**
     * Checks round-1 priority on one side under {@link PriorityRule#FILLED_FIRST}.
     *
     * @param orders the submitted orders
     * @param result the matcher's result
     * @param side which side to check
     * @param priority best first
     * @return violations, empty if priority was respected
     * @see #priorityViolations(List, MatchResult, Side, Comparator, PriorityRule)
     */
    public static List<String> priorityViolations(List<Order> orders, MatchResult result, Side side,
                                                  Comparator<Order> priority) {
        return priorityViolations(orders, result, side, priority, PriorityRule.FILLED_FIRST);
    }

    /**
     * Checks round-1 priority on one side: whenever a worse order of that side traded in round 1 with a
     * counterparty X, every strictly better order of that side that would have accepted X's limit price (a seller
     * whose limit is at most X's bid, a buyer whose limit is at least X's ask) must be completely filled by round-1
     * trades ({@link PriorityRule#FILLED_FIRST}) or have traded in round 1 at all
     * ({@link PriorityRule#TRADED_FIRST}). Orders of equal priority are unconstrained. Assumes no participant is
     * on both sides.
     *
     * @param orders the submitted orders
     * @param result the matcher's result
     * @param side which side to check
     * @param priority best first
     * @param rule what a better order is owed
     * @return violations, empty if priority was respected
     */
    public static List<String> priorityViolations(List<Order> orders, MatchResult result, Side side,
                                                  Comparator<Order> priority, PriorityRule rule) {
        List<String> out = new ArrayList<>();
        Set<OrderId> rejected = new HashSet<>();
        result.rejections().forEach(r -> rejected.add(r.order()));
        Map<OrderId, Order> byId = new HashMap<>();
        for (Order o : orders) {
            if (!rejected.contains(o.id())) {
                byId.putIfAbsent(o.id(), o);
            }
        }
        Map<OrderId, Energy> round1 = new HashMap<>();
        // for each order of the side: the most generous counterparty limit it traded with in round 1
        Map<OrderId, Order> bestCounterparty = new HashMap<>();
        for (Trade t : result.trades()) {
            if (t.round() != 1) {
                continue;
            }
            OrderId own = side == Side.SELL ? t.sellOrder() : t.buyOrder();
            Order other = byId.get(side == Side.SELL ? t.buyOrder() : t.sellOrder());
            round1.merge(own, t.quantity(), Energy::plus);
            if (other != null) {
                bestCounterparty.merge(own, other, (a, b) -> side == Side.SELL
                        ? (a.limit().compareTo(b.limit()) >= 0 ? a : b)
                        : (a.limit().compareTo(b.limit()) <= 0 ? a : b));
            }
        }
        List<Order> sideOrders = byId.values().stream().filter(o -> o.side() == side).sorted(priority).toList();
        for (int worse = 0; worse < sideOrders.size(); worse++) {
            Order w = sideOrders.get(worse);
            Order x = bestCounterparty.get(w.id());
            if (x == null) {
                continue;
            }
            for (int better = 0; better < worse; better++) {
                Order b = sideOrders.get(better);
                if (priority.compare(b, w) >= 0) {
                    continue; // equal priority: no constraint
                }
                boolean wouldAccept = side == Side.SELL ? b.limit().compareTo(x.limit()) <= 0
                        : b.limit().compareTo(x.limit()) >= 0;
                if (!wouldAccept) {
                    continue;
                }
                Energy filled = round1.getOrDefault(b.id(), Energy.ZERO);
                boolean owed = rule == PriorityRule.FILLED_FIRST ? filled.compareTo(b.quantity()) < 0 : filled.isZero();
                if (owed) {
                    out.add(side + " priority (" + rule + "): " + w.id() + " traded in round 1 with " + x.id()
                            + " (limit " + x.limit().toPlainString() + ") while better " + b.id() + " (limit "
                            + b.limit().toPlainString() + ") was filled only " + filled.toPlainString() + " of "
                            + b.quantity().toPlainString());
                }
            }
        }
        return out;
    }

    /**
     * Checks that the grid trades of one batch use one retail price for every BUY and one feed-in price for every
     * SELL.
     *
     * @param result the matcher's result
     * @return violations, empty if the grid prices are uniform per side
     */
    public static List<String> gridPriceViolations(MatchResult result) {
        List<String> out = new ArrayList<>();
        Map<Side, GridTrade> first = new HashMap<>();
        for (GridTrade g : result.gridTrades()) {
            GridTrade f = first.putIfAbsent(g.side(), g);
            if (f != null && !f.price().equals(g.price())) {
                out.add("grid " + g.side() + " trades at different prices: " + f + " and " + g);
            }
        }
        return out;
    }

    /** Sellers: lower limit price first, then earlier time. */
    public static final Comparator<Order> SELLER_PRICE_TIME =
            Comparator.comparing(Order::limit).thenComparingLong(Order::time);

    /** Buyers: higher limit price first, then earlier time. */
    public static final Comparator<Order> BUYER_PRICE_TIME =
            Comparator.comparing(Order::limit, Comparator.reverseOrder()).thenComparingLong(Order::time);
}
