package dev.eet.consensus.pbft;

/**
 * Byzantine behaviours a member can be told to show (fault injection; consensus.md section 2). Honest members
 * have none.
 */
public enum PbftMisbehaviour {
    /** Sends nothing at all (also available for any protocol as {@code Behaviour.silent()} on the network). */
    SILENT,
    /** As primary, proposes two different blocks at one height to two halves of the group, and votes for both. */
    EQUIVOCATE,
    /** Every prepare, commit and checkpoint it sends names a wrong (random) digest. */
    WRONG_DIGEST,
    /** Endorses proposals without validating them; as primary, proposes blocks holding a forged transaction. */
    VOTE_FOR_INVALID
}
