package dev.eet.tck.consensus.election;

import dev.eet.api.consensus.Candidate;
import dev.eet.api.consensus.ElectionResult;
import dev.eet.api.consensus.NodeId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks one election result against the contract of {@link dev.eet.api.consensus.ElectionPolicy}; returns the
 * violations in words (empty when the result conforms). Usable on its own, e.g. in a simulation.
 */
public final class ElectionInvariants {
    private ElectionInvariants() {
    }

    /**
     * @param candidates the candidates the policy was given
     * @param delegates the delegates requested
     * @param standbys the standbys requested
     * @param result what the policy returned
     * @param highestFirst whether higher scores rank first (false for policies such as latency)
     * @return the violations, empty if none
     */
    public static List<String> violations(List<Candidate> candidates, int delegates, int standbys,
                                          ElectionResult result, boolean highestFirst) {
        List<String> v = new ArrayList<>();
        Set<NodeId> ids = new HashSet<>();
        candidates.forEach(c -> ids.add(c.node()));

        Set<NodeId> seen = new HashSet<>();
        for (NodeId n : result.delegates()) {
            if (!seen.add(n)) {
                v.add("delegate " + n + " is listed twice");
            }
        }
        for (NodeId n : result.standbys()) {
            if (result.delegates().contains(n)) {
                v.add("node " + n + " is both a delegate and a standby");
            } else if (!seen.add(n)) {
                v.add("standby " + n + " is listed twice");
            }
        }
        Set<NodeId> excluded = new HashSet<>();
        for (ElectionResult.Exclusion e : result.excluded()) {
            if (!excluded.add(e.node())) {
                v.add("node " + e.node() + " is excluded twice");
            }
            if (seen.contains(e.node())) {
                v.add("excluded node " + e.node() + " was elected (" + e.reason() + ")");
            }
            if (e.reason() == null || e.reason().isBlank()) {
                v.add("exclusion of node " + e.node() + " has no reason");
            }
        }
        for (NodeId n : seen) {
            if (!ids.contains(n)) {
                v.add("elected node " + n + " is not a candidate");
            }
            if (!result.scores().containsKey(n)) {
                v.add("elected node " + n + " has no score");
            }
        }
        for (NodeId n : excluded) {
            if (!ids.contains(n)) {
                v.add("excluded node " + n + " is not a candidate");
            }
        }
        for (Map.Entry<NodeId, Double> e : result.scores().entrySet()) {
            if (!ids.contains(e.getKey())) {
                v.add("scored node " + e.getKey() + " is not a candidate");
            }
            if (excluded.contains(e.getKey())) {
                v.add("node " + e.getKey() + " is both scored and excluded");
            }
            if (e.getValue() == null || !Double.isFinite(e.getValue())) {
                v.add("score of node " + e.getKey() + " is not finite: " + e.getValue());
            }
        }
        for (NodeId n : ids) {
            if (!excluded.contains(n) && !result.scores().containsKey(n)) {
                v.add("candidate " + n + " vanished: neither ranked nor excluded with a reason");
            }
        }
        int ranked = result.scores().size();
        int k = Math.min(delegates, ranked);
        if (result.delegates().size() != k) {
            v.add("expected " + k + " delegates (" + delegates + " requested, " + ranked + " eligible), got "
                    + result.delegates().size());
        }
        int s = Math.min(standbys, Math.max(0, ranked - k));
        if (result.standbys().size() != s) {
            v.add("expected " + s + " standbys (" + standbys + " requested), got " + result.standbys().size());
        }
        if (v.isEmpty()) {
            Comparator<Map.Entry<NodeId, Double>> byScore = Map.Entry.comparingByValue();
            Comparator<Map.Entry<NodeId, Double>> order = (highestFirst ? byScore.reversed() : byScore)
                    .thenComparing(Map.Entry.comparingByKey());
            List<NodeId> expected = result.scores().entrySet().stream().sorted(order).map(Map.Entry::getKey)
                    .limit((long) k + s).toList();
            List<NodeId> actual = new ArrayList<>(result.delegates());
            actual.addAll(result.standbys());
            if (!expected.equals(actual)) {
                v.add("delegates then standbys " + actual + " are not the best by score (ties by node id): expected "
                        + expected);
            }
        }
        return v;
    }
}
