package dev.eet.matching.continuous;

/**
 * What the book does when an incoming order would trade with a resting order of the same participant. Both
 * policies keep the book uncrossed: no participant ever trades with itself, and no crossing order is left resting.
 */
public enum SelfTradePolicy {
    /**
     * Cancel the participant's resting order (the whole remaining quantity, reported with
     * {@link CancelReason#SELF_TRADE}) and keep matching the incoming order against the next resting order. The
     * default: the newest instruction of the participant wins.
     */
    CANCEL_RESTING,
    /**
     * Cancel the rest of the incoming order (reported with {@link CancelReason#SELF_TRADE}); trades it made before
     * reaching its own resting order stand, and its own resting order is left untouched.
     */
    CANCEL_INCOMING
}
