package dev.eet.matching.continuous;

/**
 * The outcome of one book command. Rejections are ordinary results (a cancel may race a fill), not exceptions;
 * a rejected command changes nothing.
 */
public enum CommandStatus {
    /** The command was applied. */
    ACCEPTED,
    /** A place command used the id of an order that is still resting. */
    REJECTED_DUPLICATE_ID,
    /** The quantity was zero or negative. */
    REJECTED_INVALID_QUANTITY,
    /** The limit price was negative. */
    REJECTED_INVALID_PRICE,
    /** A cancel or amend named an order that is not resting (never placed, filled or cancelled). */
    REJECTED_UNKNOWN_ORDER;

    /** @return whether the command was applied */
    public boolean accepted() {
        return this == ACCEPTED;
    }
}
