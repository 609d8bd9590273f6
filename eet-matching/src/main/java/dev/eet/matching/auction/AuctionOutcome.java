package dev.eet.matching.auction;

/**
 * The result of clearing an {@link AuctionBook}: the trades and, per order, the quantity still open (which the
 * matcher then sends to the grid or carries to the next timescale).
 */
public final class AuctionOutcome {
    private final TradeLog trades;
    private final long[] remaining;

    AuctionOutcome(TradeLog trades, long[] remaining) {
        this.trades = trades;
        this.remaining = remaining;
    }

    /** @return the trades in the order they were made */
    public TradeLog trades() {
        return trades;
    }

    /**
     * @param index an order's book index
     * @return its open quantity in micro-kWh after clearing
     */
    public long remaining(int index) {
        return remaining[index];
    }
}
