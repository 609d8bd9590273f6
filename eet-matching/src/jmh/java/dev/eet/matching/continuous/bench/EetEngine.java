package dev.eet.matching.continuous.bench;

import dev.eet.api.model.Side;
import dev.eet.matching.continuous.BookListener;
import dev.eet.matching.continuous.CancelReason;
import dev.eet.matching.continuous.OrderBook;
import dev.eet.matching.continuous.PricingRule;
import dev.eet.matching.continuous.SelfTradePolicy;
import dev.eet.matching.continuous.TimeInForce;

/** EET's {@link OrderBook} (RESTING pricing) with a listener that totals the trades. */
final class EetEngine implements Engine, BookListener {
    private final CommandStream s;
    private final OrderBook book;
    private long traded;
    private long trades;
    private long notional;

    EetEngine(CommandStream s) {
        this.s = s;
        this.book = new OrderBook(PricingRule.RESTING, SelfTradePolicy.CANCEL_RESTING, this, 1 << 16);
    }

    @Override
    public long apply(int i) {
        long id = s.id[i];
        switch (s.type[i]) {
            case CommandStream.PLACE -> book.place(id, (int) id, s.buy[i] ? Side.BUY : Side.SELL, s.price[i],
                    s.size[i], TimeInForce.GTC);
            case CommandStream.CANCEL -> book.cancel(id);
            default -> book.place(id, (int) id, s.buy[i] ? Side.BUY : Side.SELL, s.price[i], s.size[i],
                    TimeInForce.IOC);
        }
        return traded;
    }

    @Override
    public void onTrade(long incomingOrderId, long restingOrderId, boolean incomingBuys, long price, long quantity) {
        traded += quantity;
        notional += price * quantity;
        trades++;
    }

    @Override
    public void onCancel(long orderId, long quantity, CancelReason reason) {
    }

    @Override
    public long traded() {
        return traded;
    }

    @Override
    public long trades() {
        return trades;
    }

    @Override
    public int resting() {
        return book.size();
    }

    long notional() {
        return notional;
    }
}
