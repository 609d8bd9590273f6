package dev.eet.api.matching;

/**
 * The clearing stages of a multi-timescale market ([CloudEdge], matching.md section 2), in the order they run:
 * each stage clears on the residual positions left by the previous one plus the orders submitted for it.
 */
public enum Timescale {
    /** Cleared the day before delivery, on forecasts. */
    DAY_AHEAD,
    /** Cleared during the day, on revised forecasts. */
    INTRADAY,
    /** Cleared just before or at delivery; its result (with intraday's) is the basis for settlement. */
    REAL_TIME
}
