package dev.eet.api.settlement;

/**
 * What happened to a participant that moves its credit or reputation (settlement.md section 4). A participant's
 * history is the ordered list of these events; a {@link ReputationRule} turns the history into a score.
 */
public enum ReputationEvent {
    /** A trade the participant completed normally (delivered or consumed and paid as agreed). */
    COMPLETED_TRADE,
    /** A penalty or violation: a missing upload, a deviation beyond tolerance, a failed obligation. */
    PENALTY
}
