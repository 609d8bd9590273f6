package dev.eet.consensus.election;

import java.util.Locale;

/**
 * The role of a node in a [Credit] network. Prosumers and sellers stand for election; buyers that only buy never
 * stand; the supervisor (exchange or grid company) oversees elections and the backstop (grid operator) covers
 * for the exchange, and neither is elected.
 */
public enum NodeRole {
    /** Produces and consumes: stands. */
    PROSUMER(true),
    /** Sells: stands. */
    SELLER(true),
    /** Only buys: never stands. */
    BUYER(false),
    /** Exchange or grid company overseeing the elections: does not stand. */
    SUPERVISOR(false),
    /** Grid operator covering for the exchange: does not stand. */
    BACKSTOP(false);

    private final boolean stands;

    NodeRole(boolean stands) {
        this.stands = stands;
    }

    /** @return whether a node in this role stands for election */
    public boolean stands() {
        return stands;
    }

    /** @return the lower-case name used in input */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
