package dev.eet.matching.auction;

import dev.eet.api.matching.MatchResult;
import dev.eet.api.matching.OrderBatch;
import dev.eet.api.matching.OrderRemainder;
import dev.eet.api.matching.GridTariff;
import dev.eet.api.model.GridTrade;
import dev.eet.api.model.Order;
import dev.eet.api.model.Trade;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Price;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A batch checked by {@link OrderBatch} (duplicate ids rejected), put in canonical time order (submission time,
 * then id, so the input list order never matters) and turned into an {@link AuctionBook}; and the way back from an
 * {@link AuctionOutcome} to a {@link MatchResult}.
 */
final class PreparedBatch {
    private static final Comparator<Order> TIME_THEN_ID = Comparator.comparingLong(Order::time).thenComparing(Order::id);

    final OrderBatch batch;
    final List<Order> canonical;
    final AuctionBook book;

    private PreparedBatch(OrderBatch batch, List<Order> canonical) {
        this.batch = batch;
        this.canonical = canonical;
        this.book = AuctionBook.of(canonical);
    }

    /**
     * @param orders submitted orders, any list order
     * @return the checked, canonically ordered batch
     */
    static PreparedBatch of(List<Order> orders) {
        OrderBatch batch = OrderBatch.of(orders);
        List<Order> valid = batch.valid();
        boolean sorted = true;
        for (int i = 1; i < valid.size() && sorted; i++) {
            sorted = TIME_THEN_ID.compare(valid.get(i - 1), valid.get(i)) <= 0;
        }
        List<Order> canonical = valid;
        if (!sorted) {
            List<Order> copy = new ArrayList<>(valid);
            copy.sort(TIME_THEN_ID);
            canonical = copy;
        }
        return new PreparedBatch(batch, canonical);
    }

    /** @return the trades of an outcome as API values, in the order they were made */
    List<Trade> trades(AuctionOutcome outcome) {
        TradeLog log = outcome.trades();
        List<Trade> trades = new ArrayList<>(log.size());
        for (int k = 0; k < log.size(); k++) {
            Order s = canonical.get(log.sell[k]);
            Order b = canonical.get(log.buy[k]);
            trades.add(new Trade(s.id(), b.id(), s.participant(), b.participant(),
                    Energy.ofMicroKwh(log.quantity[k]), Price.ofMicros(log.price[k]), log.round[k]));
        }
        return trades;
    }

    /**
     * @param mechanism the matcher's name
     * @param outcome the clearing
     * @param tariff the grid prices every open quantity is sent to the grid at
     * @return trades, then grid trades in canonical time order
     */
    MatchResult withGridFallback(String mechanism, AuctionOutcome outcome, GridTariff tariff) {
        List<GridTrade> grid = new ArrayList<>();
        for (int i = 0; i < canonical.size(); i++) {
            long open = outcome.remaining(i);
            if (open > 0) {
                Order o = canonical.get(i);
                grid.add(new GridTrade(o.id(), o.participant(), o.side(), Energy.ofMicroKwh(open),
                        o.isBuy() ? tariff.retail() : tariff.feedIn()));
            }
        }
        return new MatchResult(mechanism, trades(outcome), grid, List.of(), batch.rejections());
    }

    /**
     * @param mechanism the matcher's name
     * @param outcome the clearing
     * @return trades, with every open quantity reported as an unmatched remainder (carried to a later stage)
     */
    MatchResult withRemainders(String mechanism, AuctionOutcome outcome) {
        List<OrderRemainder> open = new ArrayList<>();
        for (int i = 0; i < canonical.size(); i++) {
            long q = outcome.remaining(i);
            if (q > 0) {
                Order o = canonical.get(i);
                open.add(new OrderRemainder(o.id(), o.participant(), o.side(), Energy.ofMicroKwh(q)));
            }
        }
        return new MatchResult(mechanism, trades(outcome), List.of(), open, batch.rejections());
    }
}
