package dev.eet.examples.elect;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.Candidate;
import dev.eet.api.consensus.ElectionPolicy;
import dev.eet.api.consensus.ElectionPolicyProvider;
import dev.eet.api.consensus.ElectionResult;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.spi.Config;
import dev.eet.api.spi.ProviderRegistry;
import dev.eet.consensus.election.LatencyMatrix;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Runs the rounds of an {@link ElectionInput}: each round casts the votes (random mode: each node casts
 * {@code votesPerNode} votes, each to a uniformly random node, drawn anew every round from the seed), builds the
 * candidates, creates the policy with a per-round seed derived from the input seed, elects, and counts how often
 * each node was elected a delegate. Deterministic for a seed.
 */
public final class ElectionRun {
    /** Policies that read each node's vote count as {@code votes}. */
    private static final Set<String> VOTE_COUNT_POLICIES = Set.of("credit", "fdpos");

    private ElectionRun() {
    }

    /**
     * The outcome of all rounds.
     *
     * @param policy the policy name
     * @param rounds the number of elections run
     * @param selections how often each node (input order) was elected a delegate
     * @param last the last round's result
     */
    public record Outcome(String policy, int rounds, Map<NodeId, Integer> selections, ElectionResult last) {
    }

    /**
     * @param input the validated input
     * @return the outcome
     * @throws dev.eet.api.spi.UnknownProviderException if no policy has that name
     * @throws InvalidArgumentException naming the node and field for bad attributes or parameters
     */
    public static Outcome run(ElectionInput input) {
        ElectionPolicyProvider provider = ProviderRegistry.load(ElectionPolicyProvider.class).get(input.policy());
        String name = provider.name();
        input.votes().ifPresent(v -> checkVotesApply(name, v));
        Map<NodeId, Double> rtt = latencies(input);
        List<NodeId> ids = input.nodes().stream().map(ElectionInput.Node::id).toList();
        Map<NodeId, Integer> selections = new LinkedHashMap<>();
        ids.forEach(id -> selections.put(id, 0));

        SplittableRandom root = new SplittableRandom(input.seed());
        SplittableRandom voteRandom = root.split();
        SplittableRandom policySeeds = root.split();
        ElectionResult last = null;
        for (int round = 0; round < input.rounds(); round++) {
            Map<NodeId, BigDecimal> received = castVotes(input, ids, voteRandom, name);
            List<Candidate> candidates = new ArrayList<>(ids.size());
            for (ElectionInput.Node n : input.nodes()) {
                Config.Builder b = Config.builder("node " + n.id()).putAll(n.attributes());
                if (received != null) {
                    b.put(name.equals("stake") ? "stake" : "votes", received.get(n.id()));
                }
                if (rtt.containsKey(n.id())) {
                    b.put("rttMs", rtt.get(n.id()));
                }
                candidates.add(new Candidate(n.id(), b.build()));
            }
            Config config = Config.builder("election policy " + name).putAll(input.params())
                    .seed(policySeeds.nextLong()).build();
            ElectionPolicy policy = provider.create(config);
            last = policy.elect(candidates, input.delegates(), input.standbys());
            for (NodeId d : last.delegates()) {
                selections.merge(d, 1, Integer::sum);
            }
        }
        return new Outcome(name, input.rounds(), selections, last);
    }

    private static void checkVotesApply(String policy, ElectionInput.Votes v) {
        boolean counts = VOTE_COUNT_POLICIES.contains(policy);
        boolean stakeRandom = policy.equals("stake") && v.mode() == ElectionInput.Mode.RANDOM;
        if (!counts && !stakeRandom) {
            throw new InvalidArgumentException("input", "votes", policy.equals("stake")
                    ? "policy stake reads each node's stake as its stake-weighted vote total; use votes.mode random "
                    + "(each vote weighted by the voter's stake) or leave votes out"
                    : "policy " + policy + " does not use votes; leave votes out");
        }
    }

    /** @return null when votes are not cast at random; else each node's received votes (stake-weighted for stake) */
    private static Map<NodeId, BigDecimal> castVotes(ElectionInput input, List<NodeId> ids, SplittableRandom random,
                                                     String policy) {
        if (input.votes().isEmpty() || input.votes().get().mode() != ElectionInput.Mode.RANDOM) {
            return null;
        }
        Map<NodeId, BigDecimal> received = new TreeMap<>();
        ids.forEach(id -> received.put(id, BigDecimal.ZERO));
        int perNode = input.votes().get().votesPerNode();
        for (ElectionInput.Node voter : input.nodes()) {
            BigDecimal weight = BigDecimal.ONE;
            if (policy.equals("stake")) {
                String s = voter.attributes().get("stake");
                if (s == null) {
                    throw new InvalidArgumentException("node " + voter.id(), "stake", "is required");
                }
                try {
                    weight = new BigDecimal(s);
                } catch (NumberFormatException e) {
                    throw new InvalidArgumentException("node " + voter.id(), "stake", "must be a number, was '" + s + "'");
                }
            }
            for (int i = 0; i < perNode; i++) {
                received.merge(ids.get(random.nextInt(ids.size())), weight, BigDecimal::add);
            }
        }
        return received;
    }

    private static Map<NodeId, Double> latencies(ElectionInput input) {
        Map<NodeId, Map<NodeId, Double>> rows = new TreeMap<>();
        for (ElectionInput.Node n : input.nodes()) {
            n.rttRow().ifPresent(r -> rows.put(n.id(), r));
        }
        Map<NodeId, Double> out = new TreeMap<>();
        if (rows.isEmpty()) {
            return out;
        }
        Set<NodeId> known = new java.util.HashSet<>();
        input.nodes().forEach(n -> known.add(n.id()));
        rows.forEach((node, row) -> row.keySet().forEach(peer -> {
            if (!known.contains(peer)) {
                throw new InvalidArgumentException("node " + node, "rttMs." + peer, "is not a listed node");
            }
        }));
        for (Candidate c : LatencyMatrix.candidates(rows)) {
            c.attributes().find("rttMs").ifPresent(v -> out.put(c.node(), Double.parseDouble(v)));
        }
        return out;
    }
}
