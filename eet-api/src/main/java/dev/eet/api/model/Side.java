package dev.eet.api.model;

/** Which way an order goes. A closed set: an order either buys or sells energy. */
public enum Side {
    /** Wants to receive energy and pay for it. */
    BUY,
    /** Wants to deliver energy and be paid for it. */
    SELL;

    /** @return the other side */
    public Side opposite() {
        return this == BUY ? SELL : BUY;
    }
}
