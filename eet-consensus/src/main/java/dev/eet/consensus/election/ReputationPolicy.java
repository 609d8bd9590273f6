package dev.eet.consensus.election;

import dev.eet.api.consensus.Candidate;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * [Report ch.5]'s consensus-group choice ({@code reputation}): nodes at or above T_min draw a random value T_r
 * from the supervised range; the top n by {@code reputation + T_r} that are not party to the transaction form the
 * group. Candidate attributes: {@code reputation} (required, within [0, T_max]) and {@code party}
 * ({@code true} when the node is a party to the transaction; default false).
 *
 * <p>T_r is drawn per node from a generator seeded by the policy seed and the node id, so it does not depend on
 * the order or the set of other candidates; a new seed (e.g. one per round) gives new draws.
 */
public final class ReputationPolicy extends ScoringPolicy<Void> {
    private final ReputationRules rules;
    private final long seed;

    /**
     * @param rules the rules
     * @param seed the seed of the T_r draws
     */
    public ReputationPolicy(ReputationRules rules, long seed) {
        super("reputation", Best.HIGHEST);
        this.rules = rules;
        this.seed = seed;
    }

    /** @return the rules */
    public ReputationRules rules() {
        return rules;
    }

    @Override
    protected Void survey(List<Candidate> candidates) {
        return null;
    }

    @Override
    protected Assessment assess(Candidate candidate, int index, Void field) {
        CandidateAttributes at = new CandidateAttributes(candidate);
        double t = at.within("reputation", 0, rules.max());
        if (at.flag("party", false)) {
            return Assessment.exclude("party to the transaction");
        }
        if (t < rules.min()) {
            return Assessment.exclude("reputation " + Scores.format(t) + " is below T_min " + Scores.format(rules.min()));
        }
        return Assessment.score(t + randomValue(candidate));
    }

    /**
     * @param candidate a candidate
     * @return its T_r for this policy's seed, within [randomMin, randomMax)
     */
    public double randomValue(Candidate candidate) {
        if (rules.randomMax() == rules.randomMin()) {
            return rules.randomMin();
        }
        long h = 0xcbf29ce484222325L;
        for (byte b : candidate.node().value().getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        double r = new SplittableRandom(seed ^ h).nextDouble(rules.randomMin(), rules.randomMax());
        return r;
    }
}
