package dev.eet.matching.continuous;

import dev.eet.api.matching.MatchResult;
import dev.eet.api.matching.Matcher;
import dev.eet.api.matching.OrderBatch;
import dev.eet.api.matching.OrderRemainder;
import dev.eet.api.model.GridTrade;
import dev.eet.api.model.Order;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.model.Side;
import dev.eet.api.model.Trade;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Price;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code continuous} matcher: replays one batch through a fresh {@link OrderBook} as if the orders had
 * arrived one by one, in submission-time order (ties broken by order id, {@link OrderBatch#byTimeThenId()}). Each
 * order is a good-till-cancelled limit order at its limit price; reserve prices play no part (a continuous book
 * has no second round). Trades are reported in the order the book made them, all in round 1.
 *
 * <p>What the book did not fill (still resting at the end of the batch, or cancelled by self-trade prevention)
 * is reported per order, in time order: as a {@link GridTrade} at the grid retail price (buys) or feed-in price
 * (sells) when that price is configured, otherwise as an {@link OrderRemainder}.
 */
public final class ContinuousMatcher implements Matcher {
    /** The mechanism name. */
    public static final String NAME = "continuous";

    private final PricingRule pricing;
    private final SelfTradePolicy selfTrade;
    private final Optional<Price> gridRetail;
    private final Optional<Price> gridFeedIn;

    /**
     * @param pricing how trade prices are chosen
     * @param selfTrade the self-trade prevention policy
     * @param gridRetail the price at which unfilled buys are bought from the grid, if any
     * @param gridFeedIn the price at which unfilled sells are sold to the grid, if any
     */
    public ContinuousMatcher(PricingRule pricing, SelfTradePolicy selfTrade, Optional<Price> gridRetail,
                             Optional<Price> gridFeedIn) {
        this.pricing = Objects.requireNonNull(pricing, "pricing");
        this.selfTrade = Objects.requireNonNull(selfTrade, "selfTrade");
        this.gridRetail = Objects.requireNonNull(gridRetail, "gridRetail");
        this.gridFeedIn = Objects.requireNonNull(gridFeedIn, "gridFeedIn");
    }

    /** A matcher with {@link PricingRule#RESTING} pricing, {@link SelfTradePolicy#CANCEL_RESTING}, no grid. */
    public ContinuousMatcher() {
        this(PricingRule.RESTING, SelfTradePolicy.CANCEL_RESTING, Optional.empty(), Optional.empty());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public MatchResult match(List<Order> orders) {
        OrderBatch batch = OrderBatch.of(orders);
        List<Order> sequence = batch.byTimeThenId();
        int n = sequence.size();
        Map<ParticipantId, Integer> participantNumbers = new HashMap<>();
        long[] traded = new long[n];
        List<Trade> trades = new ArrayList<>();
        BookListener recorder = new BookListener() {
            @Override
            public void onTrade(long incomingOrderId, long restingOrderId, boolean incomingBuys, long price,
                                long quantity) {
                Order incoming = sequence.get((int) incomingOrderId);
                Order resting = sequence.get((int) restingOrderId);
                Order sell = incomingBuys ? resting : incoming;
                Order buy = incomingBuys ? incoming : resting;
                trades.add(new Trade(sell.id(), buy.id(), sell.participant(), buy.participant(),
                        Energy.ofMicroKwh(quantity), Price.ofMicros(price), 1));
                traded[(int) incomingOrderId] += quantity;
                traded[(int) restingOrderId] += quantity;
            }

            @Override
            public void onCancel(long orderId, long quantity, CancelReason reason) {
                // the unfilled energy is computed from the traded totals below
            }
        };
        OrderBook book = new OrderBook(pricing, selfTrade, recorder, n);
        for (int i = 0; i < n; i++) {
            Order o = sequence.get(i);
            Integer participant = participantNumbers.computeIfAbsent(o.participant(), p -> participantNumbers.size());
            CommandStatus status = book.place(i, participant, o.side(), o.limit().microsPerKwh(),
                    o.quantity().microKwh(), TimeInForce.GTC);
            if (!status.accepted()) {
                throw new IllegalStateException("order " + o.id() + " rejected by the book: " + status);
            }
        }
        List<GridTrade> gridTrades = new ArrayList<>();
        List<OrderRemainder> unmatched = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Order o = sequence.get(i);
            long rest = o.quantity().microKwh() - traded[i];
            if (rest <= 0) {
                continue;
            }
            Energy left = Energy.ofMicroKwh(rest);
            Optional<Price> grid = o.side() == Side.BUY ? gridRetail : gridFeedIn;
            if (grid.isPresent()) {
                gridTrades.add(new GridTrade(o.id(), o.participant(), o.side(), left, grid.get()));
            } else {
                unmatched.add(new OrderRemainder(o.id(), o.participant(), o.side(), left));
            }
        }
        return new MatchResult(NAME, trades, gridTrades, unmatched, batch.rejections());
    }

    @Override
    public String toString() {
        return "continuous(pricing=" + pricing + ", selfTrade=" + selfTrade + ", gridRetail="
                + gridRetail.map(Price::toPlainString).orElse("-") + ", gridFeedIn="
                + gridFeedIn.map(Price::toPlainString).orElse("-") + ")";
    }
}
