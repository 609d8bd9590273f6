package dev.eet.consensus.election;

import dev.eet.api.consensus.Candidate;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.spi.Config;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Turns the nodes' heartbeat rows (each node's average RTT to each peer, {@code null} or absent when the peer never
 * answered; see {@link HeartbeatMonitor#row()}) into candidates for {@link LatencyPolicy}: a node's {@code rttMs}
 * is the mean of its own row's answered entries. A node that no other node ever got an answer from, or that has
 * no answered entry of its own, carries no {@code rttMs} and is dropped by the policy.
 */
public final class LatencyMatrix {
    private LatencyMatrix() {
    }

    /**
     * @param rows each node's row, by node
     * @return one candidate per node named in a row or as a peer, sorted by id
     */
    public static List<Candidate> candidates(Map<NodeId, ? extends Map<NodeId, Double>> rows) {
        SortedSet<NodeId> nodes = new TreeSet<>(rows.keySet());
        rows.values().forEach(r -> nodes.addAll(r.keySet()));
        List<Candidate> out = new ArrayList<>(nodes.size());
        for (NodeId n : nodes) {
            boolean answeredSomeone = false;
            boolean measuredByOthers = false;
            for (Map.Entry<NodeId, ? extends Map<NodeId, Double>> e : rows.entrySet()) {
                if (!e.getKey().equals(n) && e.getValue().containsKey(n)) {
                    measuredByOthers = true;
                    answeredSomeone |= e.getValue().get(n) != null;
                }
            }
            double sum = 0;
            int count = 0;
            Map<NodeId, Double> own = rows.get(n);
            if (own != null) {
                for (Map.Entry<NodeId, Double> e : own.entrySet()) {
                    if (!e.getKey().equals(n) && e.getValue() != null) {
                        sum += e.getValue();
                        count++;
                    }
                }
            }
            Config.Builder attributes = Config.builder("node " + n);
            if (count > 0 && (answeredSomeone || !measuredByOthers)) {
                attributes.put(LatencyPolicy.RTT_MS, sum / count);
            }
            out.add(new Candidate(n, attributes.build()));
        }
        return out;
    }
}
