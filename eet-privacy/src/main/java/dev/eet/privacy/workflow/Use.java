package dev.eet.privacy.workflow;

/**
 * How one record uses another it references. Each (record, use) pair may happen once: a capacity or balance backs
 * one plan and is spent by one update, a plan is matched once, a match is confirmed once per side, and so on.
 */
public enum Use {
    /** A capacity or balance backs a plan. */
    BACK_PLAN,
    /** A plan is matched. */
    MATCH,
    /** The seller confirms a match. */
    CONFIRM_SELLER,
    /** The buyer confirms a match. */
    CONFIRM_BUYER,
    /** A router reports actuals for a match. */
    ACTUALS,
    /** A match is settled. */
    SETTLE,
    /** The buyer's balance is updated for a settlement. */
    UPDATE_BUYER,
    /** The seller's balance is updated for a settlement. */
    UPDATE_SELLER,
    /** The seller's generation is updated for a settlement. */
    UPDATE_GENERATION,
    /** A balance or capacity record is spent by an update (it cannot be used again). */
    SPEND
}
