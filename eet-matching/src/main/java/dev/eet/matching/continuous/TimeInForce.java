package dev.eet.matching.continuous;

/** How long the unfilled part of a limit order lives. */
public enum TimeInForce {
    /** Good till cancelled: the unfilled part rests in the book. */
    GTC,
    /** Immediate or cancel: trades what it can on arrival, the rest is cancelled and never rests. */
    IOC
}
