package dev.eet.privacy.compute;

/**
 * The outcome of the deviation rule of settlement.md section 3 for a matched v_m and an actual v_a, with
 * d = |v_a - v_m| / v_m and tolerance sigma.
 */
public enum ToleranceDecision {
    /** d &lt; sigma: settle v_m. */
    WITHIN,
    /** d &gt;= sigma and v_a &lt; v_m: settle v_a; the party that under-delivered (or under-consumed) is at fault. */
    BELOW,
    /** d &gt;= sigma and v_a &gt; v_m: settle v_a. */
    ABOVE
}
