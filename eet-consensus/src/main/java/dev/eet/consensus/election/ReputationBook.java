package dev.eet.consensus.election;

import dev.eet.api.consensus.Candidate;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.spi.Config;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every node's reputation under {@link ReputationRules}: unknown nodes start at T_init; updates stay within
 * [0, T_max]. Thread-safe. Turns its state into candidates for {@link ReputationPolicy}.
 */
public final class ReputationBook {
    private final ReputationRules rules;
    private final Map<NodeId, Double> reputations = new TreeMap<>();

    /**
     * @param rules the rules
     */
    public ReputationBook(ReputationRules rules) {
        this.rules = rules;
    }

    /** @return the rules */
    public ReputationRules rules() {
        return rules;
    }

    /**
     * @param node a node
     * @return its reputation (T_init if never updated)
     */
    public synchronized double reputation(NodeId node) {
        return reputations.getOrDefault(node, rules.initial());
    }

    /**
     * A member endorsed the outcome everyone agreed on: +T_up, capped at T_max.
     *
     * @param node the member
     * @return its new reputation
     */
    public synchronized double endorsedCorrectly(NodeId node) {
        double t = rules.afterCorrect(reputation(node));
        reputations.put(node, t);
        return t;
    }

    /**
     * A member endorsed against the outcome: -T_down, floored at 0.
     *
     * @param node the member
     * @return its new reputation
     */
    public synchronized double endorsedWrongly(NodeId node) {
        double t = rules.afterWrong(reputation(node));
        reputations.put(node, t);
        return t;
    }

    /**
     * @param nodes the nodes that may serve
     * @param parties the nodes party to the transaction (they are listed but excluded)
     * @return one candidate per node with its {@code reputation} and {@code party} attributes
     */
    public synchronized List<Candidate> candidates(Collection<NodeId> nodes, Set<NodeId> parties) {
        List<Candidate> out = new ArrayList<>(nodes.size());
        for (NodeId n : nodes) {
            out.add(new Candidate(n, Config.builder("node " + n).put("reputation", reputation(n))
                    .put("party", parties.contains(n)).build()));
        }
        return out;
    }
}
