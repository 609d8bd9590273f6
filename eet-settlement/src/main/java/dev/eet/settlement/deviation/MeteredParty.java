package dev.eet.settlement.deviation;

/** Whose meter produced the actual value v_a, and so who is at fault when it deviates beyond tolerance. */
public enum MeteredParty {
    /** v_a is what the seller delivered: a deviation is the seller's (under- or over-delivery). */
    SELLER,
    /** v_a is what the buyer consumed: a deviation is the buyer's (under- or over-consumption). */
    BUYER
}
