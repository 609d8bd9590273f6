package dev.eet.consensus.election;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.Candidate;
import dev.eet.api.consensus.ElectionPolicy;
import dev.eet.api.consensus.ElectionResult;
import dev.eet.api.consensus.NodeId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The shape shared by every score-based policy: check the counts and ids, survey the whole field once (e.g. total
 * votes cast), assess each candidate (a finite score or an exclusion with a reason), rank by score, break ties by
 * node id, and cut delegates then standbys from the top (a partial selection of the best delegates + standbys,
 * {@link TopK}; every ranked candidate's score is still reported).
 *
 * @param <S> what {@link #survey(List)} learns about the whole field
 */
public abstract class ScoringPolicy<S> implements ElectionPolicy {

    /** Which end of the score range is best. */
    protected enum Best {
        /** Higher scores rank first (stake, credit, VES score, reputation). */
        HIGHEST,
        /** Lower scores rank first (latency). */
        LOWEST
    }

    private static final Comparator<Candidate> BY_NODE = (a, b) -> a.node().compareTo(b.node());

    private final String name;
    private final Best best;

    /**
     * @param name the policy's stable name
     * @param best which end of the score range ranks first
     */
    protected ScoringPolicy(String name, Best best) {
        this.name = name;
        this.best = best;
    }

    @Override
    public final String name() {
        return name;
    }

    /** @return the subject used in this policy's error messages, e.g. {@code "election policy credit"} */
    protected final String subject() {
        return "election policy " + name;
    }

    @Override
    public final ElectionResult elect(List<Candidate> candidates, int delegates, int standbys) {
        checkCounts(delegates, standbys);
        Candidate[] sorted = candidates.toArray(new Candidate[0]);
        Arrays.sort(sorted, BY_NODE);
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i].node().equals(sorted[i - 1].node())) {
                throw new InvalidArgumentException(subject(), "candidates",
                        "node " + sorted[i].node() + " is listed more than once");
            }
        }
        List<Candidate> field = Collections.unmodifiableList(Arrays.asList(sorted));
        S surveyed = survey(field);
        // ranked candidates as parallel primitive arrays, in node order (index order = node order)
        int n = sorted.length;
        double[] score = new double[n];
        int[] index = new int[n];
        int ranked = 0;
        List<ElectionResult.Exclusion> excluded = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Candidate c = sorted[i];
            Assessment a = assess(c, i, surveyed);
            if (a instanceof Assessment.Ranked r) {
                if (!Double.isFinite(r.score())) {
                    excluded.add(new ElectionResult.Exclusion(c.node(),
                            "score is not a finite number (" + r.score() + ")"));
                } else {
                    score[ranked] = r.score() == 0.0 ? 0.0 : r.score();
                    index[ranked] = i;
                    ranked++;
                }
            } else if (a instanceof Assessment.Excluded e) {
                excluded.add(new ElectionResult.Exclusion(c.node(), e.reason()));
            }
        }
        int k = Math.min(delegates, ranked);
        int s = Math.min(standbys, ranked - k);
        int[] top = TopK.select(score, ranked, k + s, best == Best.HIGHEST);
        List<NodeId> elected = new ArrayList<>(k);
        List<NodeId> standing = new ArrayList<>(s);
        for (int j = 0; j < top.length; j++) {
            NodeId node = sorted[index[top[j]]].node();
            (j < k ? elected : standing).add(node);
        }
        NodeId[] rankedNodes = new NodeId[ranked];
        for (int j = 0; j < ranked; j++) {
            rankedNodes[j] = sorted[index[j]].node();       // node order: index increases with j
        }
        return new ElectionResult(elected, standing, excluded, new SortedScores(rankedNodes, score, ranked));
    }

    /**
     * Checks the requested counts; override to restrict further (and call this first).
     *
     * @param delegates requested delegates
     * @param standbys requested standbys
     */
    protected void checkCounts(int delegates, int standbys) {
        if (delegates < 1) {
            throw new InvalidArgumentException(subject(), "delegates", "must be at least 1, was " + delegates);
        }
        if (standbys < 0) {
            throw new InvalidArgumentException(subject(), "standbys", "must not be negative, was " + standbys);
        }
    }

    /**
     * Looks at the whole field before assessing candidates one by one.
     *
     * @param candidates every candidate, sorted by node id
     * @return whatever {@link #assess} needs about the field
     */
    protected abstract S survey(List<Candidate> candidates);

    /**
     * @param candidate one candidate
     * @param index its position in the list {@link #survey} was given (node order)
     * @param field what {@link #survey} learnt
     * @return its score or why it cannot stand
     */
    protected abstract Assessment assess(Candidate candidate, int index, S field);
}
