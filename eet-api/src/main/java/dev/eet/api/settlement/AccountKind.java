package dev.eet.api.settlement;

/** The two account kinds of the Ethereum-style account model. */
public enum AccountKind {
    /** Controlled by a key; can start transactions (participants, operators). */
    EXTERNALLY_OWNED,
    /** Moved only by settlement rules; never starts a transaction (grid, fee pool, reward pool, escrow). */
    CONTRACT
}
