package dev.eet.matching.auction;

import dev.eet.api.matching.MatchResult;
import dev.eet.api.matching.OrderBatch;
import dev.eet.api.matching.OrderRemainder;
import dev.eet.api.matching.GridTariff;
import dev.eet.api.model.GridTrade;
import dev.eet.api.model.Order;
import dev.eet.api.model.OrderId;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.model.Side;
import dev.eet.api.model.Trade;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Price;
import java.util.ArrayList;
import java.util.List;

/**
 * A batch checked by {@link OrderBatch} (duplicate ids rejected), put in canonical time order (submission time,
 * then id, so the input list order never matters) and turned into an {@link AuctionBook}; and the way back from an
 * {@link AuctionOutcome} to a {@link MatchResult}.
 */
final class PreparedBatch {
    final OrderBatch batch;
    final List<Order> canonical;
    final AuctionBook book;
    /** Each order's id at its book index. */
    private final OrderId[] ids;
    /** Each order's participant at its book index. */
    private final ParticipantId[] participants;

    private PreparedBatch(OrderBatch batch, List<Order> canonical) {
        this.batch = batch;
        this.canonical = canonical;
        this.ids = new OrderId[canonical.size()];
        this.participants = new ParticipantId[canonical.size()];
        this.book = AuctionBook.of(canonical, new ParticipantNumbers(), ids, participants);
    }

    /**
     * @param orders submitted orders, any list order
     * @return the checked, canonically ordered batch
     */
    static PreparedBatch of(List<Order> orders) {
        OrderBatch batch = OrderBatch.of(orders);
        return new PreparedBatch(batch, batch.byTimeThenId());
    }

    /** @return the trades of an outcome as API values, in the order they were made */
    List<Trade> trades(AuctionOutcome outcome) {
        TradeLog log = outcome.trades();
        List<Trade> trades = new ArrayList<>(log.size());
        for (int k = 0; k < log.size(); k++) {
            int s = log.sell[k];
            int b = log.buy[k];
            trades.add(new Trade(ids[s], ids[b], participants[s], participants[b],
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
        for (int i = 0; i < book.size; i++) {
            long open = outcome.remaining(i);
            if (open > 0) {
                boolean sell = book.sell[i];
                grid.add(new GridTrade(ids[i], participants[i],
                        sell ? Side.SELL : Side.BUY, Energy.ofMicroKwh(open), sell ? tariff.feedIn() : tariff.retail()));
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
                open.add(new OrderRemainder(ids[i], participants[i],
                        book.sell[i] ? Side.SELL : Side.BUY, Energy.ofMicroKwh(q)));
            }
        }
        return new MatchResult(mechanism, trades(outcome), List.of(), open, batch.rejections());
    }
}
