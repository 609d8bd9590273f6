package dev.eet.consensus.pbft;

/**
 * Byzantine behaviours a member can be told to show (fault injection; consensus.md section 2). Honest members
 * have none.
 */
public enum PbftMisbehaviour {
    /** Sends nothing at all (also available for any protocol as {@code Behaviour.silent()} on the network). */
    SILENT,
    /**
     * As primary, proposes two different blocks at one height to two halves of the group, votes for both,
     * withholds its commit from all but one member of one half, and in view changes claims a stale head plus a
     * self-signed prepared certificate for the other block.
     */
    EQUIVOCATE,
    /** Every prepare, commit and checkpoint it sends names a wrong (random) digest. */
    WRONG_DIGEST,
    /** Endorses proposals without validating them; as primary, proposes blocks holding a forged transaction. */
    VOTE_FOR_INVALID
}
