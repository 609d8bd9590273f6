package dev.eet.api.consensus;

import java.util.List;

/**
 * Chooses delegates (and standbys) from candidates. Deterministic for a given configuration seed; never
 * produces NaN scores (candidates outside a formula's domain are excluded with a reason).
 */
public interface ElectionPolicy {

    /** @return the policy's stable name, e.g. {@code "credit"} */
    String name();

    /**
     * @param candidates the candidates, in any order (ties break by node id)
     * @param delegates how many delegates to elect
     * @param standbys how many standbys to rank after them
     * @return the election result
     */
    ElectionResult elect(List<Candidate> candidates, int delegates, int standbys);
}
