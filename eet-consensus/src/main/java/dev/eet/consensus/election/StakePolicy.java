package dev.eet.consensus.election;

import dev.eet.api.consensus.Candidate;
import java.util.List;

/**
 * Classic DPoS baseline ({@code stake}): delegates are the top K by stake-weighted votes. Each candidate carries
 * {@code stake}, the stake-weighted vote total it received (or, as in [CloudEdge]'s experiments, its installed
 * capacity); it must not be negative. Ties break by node id.
 */
public final class StakePolicy extends ScoringPolicy<Void> {
    /** The attribute read from each candidate. */
    public static final String STAKE = "stake";

    /** Creates the policy; it has no parameters. */
    public StakePolicy() {
        super("stake", Best.HIGHEST);
    }

    @Override
    protected Void survey(List<Candidate> candidates) {
        return null;
    }

    @Override
    protected Assessment assess(Candidate candidate, int index, Void field) {
        return Assessment.score(new CandidateAttributes(candidate).nonNegative(STAKE));
    }
}
