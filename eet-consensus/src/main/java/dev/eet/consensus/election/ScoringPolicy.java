package dev.eet.consensus.election;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.Candidate;
import dev.eet.api.consensus.ElectionPolicy;
import dev.eet.api.consensus.ElectionResult;
import dev.eet.api.consensus.NodeId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * The shape shared by every score-based policy: check the counts and ids, survey the whole field once (e.g. total
 * votes cast), assess each candidate (a finite score or an exclusion with a reason), rank by score, break ties by
 * node id, and cut delegates then standbys from the top.
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

    private final String name;
    private final Comparator<Ranked> order;

    /**
     * @param name the policy's stable name
     * @param best which end of the score range ranks first
     */
    protected ScoringPolicy(String name, Best best) {
        this.name = name;
        Comparator<Ranked> byScore = Comparator.comparingDouble(Ranked::score);
        this.order = (best == Best.HIGHEST ? byScore.reversed() : byScore).thenComparing(Ranked::node);
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
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparing(Candidate::node));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).node().equals(sorted.get(i - 1).node())) {
                throw new InvalidArgumentException(subject(), "candidates",
                        "node " + sorted.get(i).node() + " is listed more than once");
            }
        }
        S field = survey(sorted);
        List<Ranked> ranked = new ArrayList<>(sorted.size());
        List<ElectionResult.Exclusion> excluded = new ArrayList<>();
        for (Candidate c : sorted) {
            Assessment a = assess(c, field);
            if (a instanceof Assessment.Ranked r) {
                if (!Double.isFinite(r.score())) {
                    excluded.add(new ElectionResult.Exclusion(c.node(),
                            "score is not a finite number (" + r.score() + ")"));
                } else {
                    ranked.add(new Ranked(c.node(), r.score() == 0.0 ? 0.0 : r.score()));
                }
            } else if (a instanceof Assessment.Excluded e) {
                excluded.add(new ElectionResult.Exclusion(c.node(), e.reason()));
            }
        }
        ranked.sort(order);
        int k = Math.min(delegates, ranked.size());
        int s = Math.min(standbys, ranked.size() - k);
        List<NodeId> elected = new ArrayList<>(k);
        List<NodeId> standing = new ArrayList<>(s);
        TreeMap<NodeId, Double> scores = new TreeMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            Ranked r = ranked.get(i);
            scores.put(r.node(), r.score());
            if (i < k) {
                elected.add(r.node());
            } else if (i < k + s) {
                standing.add(r.node());
            }
        }
        return new ElectionResult(elected, standing, excluded, scores);
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
     * @param field what {@link #survey} learnt
     * @return its score or why it cannot stand
     */
    protected abstract Assessment assess(Candidate candidate, S field);

    private record Ranked(NodeId node, double score) {
    }
}
