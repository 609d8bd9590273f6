package dev.eet.matching.continuous;

import dev.eet.api.model.Side;
import java.util.ArrayList;
import java.util.List;

/**
 * The obviously correct reference for {@link OrderBook}, used only by tests: each side is one list kept sorted by
 * priority (best price first, then arrival), every operation is a linear scan. Same commands, same rules, same
 * events; nothing about it is fast.
 */
final class NaiveOrderBook {

    /** A resting order. */
    static final class Resting {
        final long id;
        final int participant;
        final boolean buy;
        final long price;
        long quantity;

        Resting(long id, int participant, boolean buy, long price, long quantity) {
            this.id = id;
            this.participant = participant;
            this.buy = buy;
            this.price = price;
            this.quantity = quantity;
        }
    }

    private final PricingRule pricing;
    private final SelfTradePolicy selfTrade;
    private final BookListener listener;
    private final List<Resting> bids = new ArrayList<>();
    private final List<Resting> asks = new ArrayList<>();

    NaiveOrderBook(PricingRule pricing, SelfTradePolicy selfTrade, BookListener listener) {
        this.pricing = pricing;
        this.selfTrade = selfTrade;
        this.listener = listener;
    }

    CommandStatus place(long id, int participant, Side side, long limit, long quantity, TimeInForce tif) {
        return submit(id, participant, side == Side.BUY, limit, quantity, false, tif == TimeInForce.GTC);
    }

    CommandStatus placeMarket(long id, int participant, Side side, long quantity) {
        return submit(id, participant, side == Side.BUY, side == Side.BUY ? Long.MAX_VALUE : 0, quantity, true,
                false);
    }

    CommandStatus cancel(long id) {
        Resting r = find(id);
        if (r == null) {
            return CommandStatus.REJECTED_UNKNOWN_ORDER;
        }
        (r.buy ? bids : asks).remove(r);
        listener.onCancel(id, r.quantity, CancelReason.REQUESTED);
        return CommandStatus.ACCEPTED;
    }

    CommandStatus amend(long id, long newLimit, long newQuantity) {
        if (newQuantity <= 0) {
            return CommandStatus.REJECTED_INVALID_QUANTITY;
        }
        if (newLimit < 0) {
            return CommandStatus.REJECTED_INVALID_PRICE;
        }
        Resting r = find(id);
        if (r == null) {
            return CommandStatus.REJECTED_UNKNOWN_ORDER;
        }
        if (newLimit == r.price && newQuantity <= r.quantity) {
            r.quantity = newQuantity;
            return CommandStatus.ACCEPTED;
        }
        (r.buy ? bids : asks).remove(r);
        return submit(id, r.participant, r.buy, newLimit, newQuantity, false, true);
    }

    Resting find(long id) {
        for (Resting r : bids) {
            if (r.id == id) {
                return r;
            }
        }
        for (Resting r : asks) {
            if (r.id == id) {
                return r;
            }
        }
        return null;
    }

    /** @return resting orders of a side, best first */
    List<Resting> side(Side side) {
        return side == Side.BUY ? bids : asks;
    }

    long bestBid() {
        return bids.isEmpty() ? OrderBook.NO_PRICE : bids.get(0).price;
    }

    long bestAsk() {
        return asks.isEmpty() ? OrderBook.NO_PRICE : asks.get(0).price;
    }

    int size() {
        return bids.size() + asks.size();
    }

    private CommandStatus submit(long id, int participant, boolean buy, long limit, long quantity, boolean market,
                                 boolean rest) {
        if (quantity <= 0) {
            return CommandStatus.REJECTED_INVALID_QUANTITY;
        }
        if (limit < 0) {
            return CommandStatus.REJECTED_INVALID_PRICE;
        }
        if (find(id) != null) {
            return CommandStatus.REJECTED_DUPLICATE_ID;
        }
        List<Resting> opposite = buy ? asks : bids;
        long open = quantity;
        while (open > 0 && !opposite.isEmpty()) {
            Resting best = opposite.get(0);
            boolean crosses = market || (buy ? best.price <= limit : best.price >= limit);
            if (!crosses) {
                break;
            }
            if (best.participant == participant) {
                if (selfTrade == SelfTradePolicy.CANCEL_INCOMING) {
                    listener.onCancel(id, open, CancelReason.SELF_TRADE);
                    return CommandStatus.ACCEPTED;
                }
                opposite.remove(0);
                listener.onCancel(best.id, best.quantity, CancelReason.SELF_TRADE);
                continue;
            }
            long qty = Math.min(open, best.quantity);
            long price = market ? best.price : pricing.tradePrice(best.price, limit);
            best.quantity -= qty;
            open -= qty;
            if (best.quantity == 0) {
                opposite.remove(0);
            }
            listener.onTrade(id, best.id, buy, price, qty);
        }
        if (open > 0) {
            if (rest) {
                insert(new Resting(id, participant, buy, limit, open));
            } else {
                listener.onCancel(id, open, CancelReason.UNFILLED_IMMEDIATE);
            }
        }
        return CommandStatus.ACCEPTED;
    }

    private void insert(Resting r) {
        List<Resting> side = r.buy ? bids : asks;
        int i = 0;
        // behind every order with a better or equal price (equal price: earlier arrival first)
        while (i < side.size() && (r.buy ? side.get(i).price >= r.price : side.get(i).price <= r.price)) {
            i++;
        }
        side.add(i, r);
    }
}
