package dev.eet.settlement.reward;

/** The five branches of the [FDPoS] reward formula (settlement.md section 5). */
public enum RewardBranch {
    /** Case 1 (A &lt;= D/2), W &lt;= A: {@code 0.5 P W / A}. */
    CASE1_UP_TO_AVERAGE,
    /** Case 1, A &lt; W &lt;= D/2: {@code 0.5 P (1 + (W - A) / (D - A))}. */
    CASE1_UP_TO_HALF_DIFFICULTY,
    /** Case 1, W &gt; D/2: {@code P}. */
    CASE1_ABOVE_HALF_DIFFICULTY,
    /** Case 2 (A &gt; D/2), W &lt;= D/2: {@code P W / A}. */
    CASE2_UP_TO_HALF_DIFFICULTY,
    /** Case 2, W &gt; D/2: {@code P}. */
    CASE2_ABOVE_HALF_DIFFICULTY
}
