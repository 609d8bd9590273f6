package dev.eet.tck.consensus.election;

import dev.eet.api.consensus.Candidate;
import dev.eet.api.consensus.ElectionPolicy;
import dev.eet.api.consensus.ElectionResult;
import dev.eet.api.consensus.NodeId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * A minimal correct policy used to test the kit: ranks by the {@code score} attribute (highest first, ties by id);
 * candidates with {@code eligible=false} are excluded. {@link Fault} plants one bug.
 */
final class ScoreAttributePolicy implements ElectionPolicy {
    enum Fault { NONE, ELECTS_EXCLUDED, DUPLICATES_DELEGATE, IGNORES_TIES, DROPS_CANDIDATE, STANDBY_IS_DELEGATE }

    private final Fault fault;

    ScoreAttributePolicy(Fault fault) {
        this.fault = fault;
    }

    @Override
    public String name() {
        return "score-attribute";
    }

    @Override
    public ElectionResult elect(List<Candidate> candidates, int delegates, int standbys) {
        if (delegates < 1 || standbys < 0) {
            throw new dev.eet.api.InvalidArgumentException("policy", "delegates", "out of range");
        }
        if (candidates.stream().map(Candidate::node).distinct().count() != candidates.size()) {
            throw new dev.eet.api.InvalidArgumentException("policy", "candidates", "repeated id");
        }
        TreeMap<NodeId, Double> scores = new TreeMap<>();
        List<ElectionResult.Exclusion> excluded = new ArrayList<>();
        for (Candidate c : candidates) {
            double s = Double.parseDouble(c.attributes().getString("score"));
            if (!c.attributes().getBoolean("eligible", true)) {
                excluded.add(new ElectionResult.Exclusion(c.node(), "not eligible"));
            } else {
                scores.put(c.node(), s);
            }
        }
        if (fault == Fault.DROPS_CANDIDATE && !scores.isEmpty()) {
            scores.remove(scores.lastKey());
        }
        excluded.sort(Comparator.comparing(ElectionResult.Exclusion::node));
        Comparator<NodeId> best = Comparator.comparing(scores::get, Comparator.reverseOrder());
        best = fault == Fault.IGNORES_TIES ? best.thenComparing(Comparator.reverseOrder()) : best.thenComparing(n -> n);
        List<NodeId> ranked = new ArrayList<>(scores.keySet());
        ranked.sort(best);
        int k = Math.min(delegates, ranked.size());
        int s = Math.min(standbys, ranked.size() - k);
        List<NodeId> d = new ArrayList<>(ranked.subList(0, k));
        List<NodeId> sb = new ArrayList<>(ranked.subList(k, k + s));
        switch (fault) {
            case ELECTS_EXCLUDED -> excluded.stream().findFirst().ifPresent(e -> d.add(e.node()));
            case DUPLICATES_DELEGATE -> {
                if (!d.isEmpty()) {
                    d.add(d.get(0));
                }
            }
            case STANDBY_IS_DELEGATE -> {
                if (!d.isEmpty()) {
                    sb.add(d.get(0));
                }
            }
            default -> { }
        }
        return new ElectionResult(d, sb, excluded, scores);
    }
}
