package dev.eet.consensus.election;

/**
 * What a policy concluded about one candidate: ranked with a finite score, or excluded with a reason.
 */
public sealed interface Assessment {

    /**
     * @param score a finite score
     * @return a ranked assessment
     */
    static Assessment score(double score) {
        return new Ranked(score);
    }

    /**
     * @param reason why the candidate cannot stand
     * @return an exclusion
     */
    static Assessment exclude(String reason) {
        return new Excluded(reason);
    }

    /**
     * The candidate stands with this score.
     *
     * @param score the value it is ranked by
     */
    record Ranked(double score) implements Assessment {
    }

    /**
     * The candidate cannot stand.
     *
     * @param reason why, in words a user understands
     */
    record Excluded(String reason) implements Assessment {
    }
}
