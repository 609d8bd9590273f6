package dev.eet.privacy.workflow;

/** The side of a matched trade a record speaks for. */
public enum Role {
    /** The seller (its plan is the match's sell plan). */
    SELLER,
    /** The buyer (its plan is the match's buy plan). */
    BUYER
}
