package dev.eet.consensus.election;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.Candidate;
import java.util.List;

/**
 * [FDPoS]'s election ({@code fdpos}): only nodes whose computing capacity meets the threshold stand; they are
 * ranked by the {@link VesScore} and the top N (N odd) become delegates. Candidate attributes: {@code compute}
 * (C), {@code tokenGrowth} (I), {@code votes} (V), all required numbers; a non-positive C, I or V, a capacity
 * below the threshold, or a non-finite score excludes the node with a reason, never a NaN.
 */
public final class FdposPolicy extends ScoringPolicy<Void> {
    private final VesScore score;
    private final double computeThreshold;

    /**
     * @param score the score function
     * @param computeThreshold the least computing capacity that stands (&ge; 0)
     */
    public FdposPolicy(VesScore score, double computeThreshold) {
        super("fdpos", Best.HIGHEST);
        if (!(computeThreshold >= 0) || !Double.isFinite(computeThreshold)) {
            throw new InvalidArgumentException("election policy fdpos", "computeThreshold",
                    "must be a finite number that is not negative, was " + computeThreshold);
        }
        this.score = score;
        this.computeThreshold = computeThreshold;
    }

    @Override
    protected void checkCounts(int delegates, int standbys) {
        super.checkCounts(delegates, standbys);
        if (delegates % 2 == 0) {
            throw new InvalidArgumentException(subject(), "delegates",
                    "must be odd (F-DPoS takes the top N with N odd), was " + delegates);
        }
    }

    @Override
    protected Void survey(List<Candidate> candidates) {
        return null;
    }

    @Override
    protected Assessment assess(Candidate candidate, int index, Void field) {
        CandidateAttributes at = new CandidateAttributes(candidate);
        double c = at.number("compute");
        double i = at.number("tokenGrowth");
        double v = at.number("votes");
        if (c > 0 && c < computeThreshold) {
            return Assessment.exclude("computing capacity " + Scores.format(c) + " is below the threshold "
                    + Scores.format(computeThreshold));
        }
        return score.assess(c, i, v);
    }
}
