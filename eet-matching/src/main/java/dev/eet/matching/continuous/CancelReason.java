package dev.eet.matching.continuous;

/** Why quantity left the book without trading. */
public enum CancelReason {
    /** The owner cancelled the order. */
    REQUESTED,
    /** The self-trade prevention policy removed it (see {@link SelfTradePolicy}). */
    SELF_TRADE,
    /** The unfilled rest of an immediate-or-cancel or market order, which never rests. */
    UNFILLED_IMMEDIATE
}
