package dev.eet.api.model;

/** How far a meter reading can be trusted. */
public enum ReadingQuality {
    /** Read from the device without error. */
    GOOD,
    /** Read, but something is doubtful (a counter reset, a retry, a clock jump). */
    SUSPECT,
    /** Estimated or substituted, not measured. */
    ESTIMATED,
    /** The device could not be read; counters carry the last known values. */
    BAD
}
