package dev.eet.matching.attribute;

import dev.eet.api.matching.GridTariff;
import dev.eet.api.matching.MatchResult;
import dev.eet.api.matching.OrderRejection;
import dev.eet.api.model.GridTrade;
import dev.eet.api.model.Order;
import dev.eet.api.model.Side;
import dev.eet.api.model.Trade;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Price;
import java.util.ArrayList;
import java.util.List;

/**
 * The exact bookkeeping of an attribute-based clearing: the open quantity of every order in micro-kWh, and the
 * trades made. A trade never exceeds either order's open quantity, so energy is conserved by construction; at the
 * end every open quantity becomes a grid trade (retail for a buyer, feed-in for a seller), in canonical order.
 */
public final class Allocation {
    private final List<Order> orders;
    private final long[] open;
    private final List<Trade> trades = new ArrayList<>();

    /** @param orders the valid orders, in canonical (time, id) order; index {@code i} is order {@code i} */
    public Allocation(List<Order> orders) {
        this.orders = List.copyOf(orders);
        this.open = new long[orders.size()];
        for (int i = 0; i < open.length; i++) {
            open[i] = this.orders.get(i).quantity().microKwh();
        }
    }

    /** @param index an order's index @return its open quantity in micro-kWh */
    public long open(int index) {
        return open[index];
    }

    /** @param index an order's index @return the order */
    public Order order(int index) {
        return orders.get(index);
    }

    /**
     * Trades up to {@code microKwh}, clamped to both open quantities.
     *
     * @param sell the seller's index
     * @param buy the buyer's index (another participant)
     * @param microKwh the wanted quantity
     * @param price the price per kWh
     * @param round the clearing round
     * @return the quantity actually traded (0 when either side is exhausted or the wish is not positive)
     */
    public long trade(int sell, int buy, long microKwh, Price price, int round) {
        long q = Math.min(microKwh, Math.min(open[sell], open[buy]));
        if (q <= 0) {
            return 0;
        }
        Order s = orders.get(sell);
        Order b = orders.get(buy);
        trades.add(new Trade(s.id(), b.id(), s.participant(), b.participant(), Energy.ofMicroKwh(q), price, round));
        open[sell] -= q;
        open[buy] -= q;
        return q;
    }

    /**
     * @param mechanism the matcher's name
     * @param tariff the grid prices of the fallback
     * @param rejections the orders left out
     * @return the trades, the grid trades for every open quantity, the rejections
     */
    public MatchResult result(String mechanism, GridTariff tariff, List<OrderRejection> rejections) {
        List<GridTrade> grid = new ArrayList<>();
        for (int i = 0; i < open.length; i++) {
            if (open[i] > 0) {
                Order o = orders.get(i);
                boolean sell = o.side() == Side.SELL;
                grid.add(new GridTrade(o.id(), o.participant(), o.side(), Energy.ofMicroKwh(open[i]),
                        sell ? tariff.feedIn() : tariff.retail()));
            }
        }
        return new MatchResult(mechanism, trades, grid, List.of(), rejections);
    }
}
