package dev.eet.tck.matching;

import dev.eet.api.matching.MatchResult;
import dev.eet.api.matching.Matcher;
import dev.eet.api.matching.OrderBatch;
import dev.eet.api.matching.OrderRemainder;
import dev.eet.api.model.GridTrade;
import dev.eet.api.model.Order;
import dev.eet.api.model.Side;
import dev.eet.api.model.Trade;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Price;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The simplest matcher that honours every guarantee: one price-time walk at the midpoint, then the grid for
 * whatever is left. O(sellers x buyers); for demonstrating the kit only.
 */
final class ReferenceMatcher implements Matcher {
    private final Price retail;
    private final Price feedIn;

    ReferenceMatcher(Price retail, Price feedIn) {
        this.retail = retail;
        this.feedIn = feedIn;
    }

    @Override
    public String name() {
        return "reference";
    }

    @Override
    public MatchResult match(List<Order> orders) {
        OrderBatch batch = OrderBatch.of(orders);
        List<Order> sellers = new ArrayList<>();
        List<Order> buyers = new ArrayList<>();
        for (Order o : batch.byTimeThenId()) {
            (o.side() == Side.SELL ? sellers : buyers).add(o);
        }
        sellers.sort(MatcherInvariants.SELLER_PRICE_TIME);
        buyers.sort(MatcherInvariants.BUYER_PRICE_TIME);
        Map<Order, Energy> left = new HashMap<>();
        orders.forEach(o -> left.put(o, o.quantity()));
        List<Trade> trades = new ArrayList<>();
        for (Order s : sellers) {
            for (Order b : buyers) {
                if (b.limit().compareTo(s.limit()) < 0) {
                    break;
                }
                if (s.participant().equals(b.participant()) || left.get(b).isZero() || left.get(s).isZero()) {
                    continue;
                }
                Energy q = Energy.min(left.get(s), left.get(b));
                trades.add(new Trade(s.id(), b.id(), s.participant(), b.participant(), q,
                        Price.midpoint(s.limit(), b.limit()), 1));
                left.put(s, left.get(s).minus(q));
                left.put(b, left.get(b).minus(q));
            }
        }
        List<GridTrade> grid = new ArrayList<>();
        for (Order o : batch.byTimeThenId()) {
            if (left.get(o).isPositive()) {
                grid.add(new GridTrade(o.id(), o.participant(), o.side(), left.get(o), o.isBuy() ? retail : feedIn));
            }
        }
        return new MatchResult(name(), trades, grid, List.<OrderRemainder>of(), batch.rejections());
    }
}
