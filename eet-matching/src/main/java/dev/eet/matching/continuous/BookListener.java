package dev.eet.matching.continuous;

/**
 * Receives what an {@link OrderBook} does, as primitive callbacks so that the hot path allocates nothing. Called
 * synchronously from inside the book command; the book is consistent at every call (the traded quantity is
 * already taken off the resting order), but a listener must not call back into the same book (the book throws
 * {@link IllegalStateException} if it does). Ids are the caller's order ids.
 */
public interface BookListener {

    /** A listener that ignores everything. */
    BookListener NONE = new BookListener() {
        @Override
        public void onTrade(long incomingOrderId, long restingOrderId, boolean incomingBuys, long price,
                            long quantity) {
        }

        @Override
        public void onCancel(long orderId, long quantity, CancelReason reason) {
        }
    };

    /**
     * A trade, reported in the order the book makes them.
     *
     * @param incomingOrderId the aggressing (taker) order
     * @param restingOrderId the resting (maker) order
     * @param incomingBuys whether the incoming order is the buyer
     * @param price the trade price in micro-units per kWh
     * @param quantity the traded quantity in micro-kWh, positive
     */
    void onTrade(long incomingOrderId, long restingOrderId, boolean incomingBuys, long price, long quantity);

    /**
     * Quantity that left the book, or never entered it, without trading.
     *
     * @param orderId the order
     * @param quantity the cancelled quantity in micro-kWh, positive
     * @param reason why
     */
    void onCancel(long orderId, long quantity, CancelReason reason);
}
