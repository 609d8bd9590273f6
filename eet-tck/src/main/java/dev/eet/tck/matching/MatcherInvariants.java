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
     * Checks round-1 priority on one side: if a worse order of that side traded in round 1, every better order
     * of that side must be completely filled by round-1 trades. Assumes no participant is on both sides.
     *
     * @param orders the submitted orders
     * @param result the matcher's result
     * @param side which side to check
     * @param priority best first
     * @return violations, empty if priority was respected
     */
    public static List<String> priorityViolations(List<Order> orders, MatchResult result, Side side,
                                                  Comparator<Order> priority) {
        List<String> out = new ArrayList<>();
        Map<OrderId, Energy> round1 = new HashMap<>();
        for (Trade t : result.trades()) {
            if (t.round() == 1) {
                round1.merge(side == Side.SELL ? t.sellOrder() : t.buyOrder(), t.quantity(), Energy::plus);
            }
        }
        Set<OrderId> rejected = new HashSet<>();
        result.rejections().forEach(r -> rejected.add(r.order()));
        List<Order> sideOrders = orders.stream().filter(o -> o.side() == side && !rejected.contains(o.id()))
                .sorted(priority).toList();
        for (int worse = 0; worse < sideOrders.size(); worse++) {
            Order w = sideOrders.get(worse);
            if (!round1.containsKey(w.id())) {
                continue;
            }
            for (int better = 0; better < worse; better++) {
                Order b = sideOrders.get(better);
                if (priority.compare(b, w) >= 0) {
                    continue; // equal priority: no constraint
                }
                Energy filled = round1.getOrDefault(b.id(), Energy.ZERO);
                if (filled.compareTo(b.quantity()) < 0) {
                    out.add(side + " priority: " + w.id() + " traded in round 1 while better " + b.id()
                            + " was filled only " + filled.toPlainString() + " of " + b.quantity().toPlainString());
                }
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
