package dev.eet.api.consensus;

import java.util.List;

/**
 * Chooses delegates (and standbys) from candidates. Deterministic for a given configuration seed and
 * independent of the order of the candidate list; never produces NaN scores (candidates outside a formula's
 * domain are excluded with a reason). Every candidate is either ranked (it has a score) or excluded (with a
 * reason); the delegates are the best {@code min(delegates, ranked)} ranked candidates and the standbys the next
 * {@code min(standbys, ranked - elected)}. Ties break by node id.
 */
public interface ElectionPolicy {

    /** @return the policy's stable name, e.g. {@code "credit"} */
    String name();

    /**
     * @param candidates the candidates, in any order; node ids must be distinct
     * @param delegates how many delegates to elect (at least 1; a policy may restrict it further, e.g. F-DPoS
     *                  takes an odd number)
     * @param standbys how many standbys to rank after them (at least 0)
     * @return the election result
     * @throws dev.eet.api.InvalidArgumentException if a candidate lacks an attribute the policy reads (naming the
     *         node and the attribute), an attribute is invalid, ids repeat, or the counts are out of range
     */
    ElectionResult elect(List<Candidate> candidates, int delegates, int standbys);
}
