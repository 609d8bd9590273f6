package dev.eet.consensus.election;

import dev.eet.api.consensus.Candidate;
import dev.eet.api.consensus.ElectionPolicy;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.spi.Config;
import dev.eet.tck.consensus.election.ElectionPolicyConformanceKit;
import java.util.Optional;
import java.util.SplittableRandom;

class ReputationPolicyConformanceTest extends ElectionPolicyConformanceKit {
    @Override
    protected ElectionPolicy createPolicy(long seed) {
        return new ReputationPolicyProvider().create(Config.builder("t").seed(seed).build());
    }

    @Override
    protected Candidate candidate(NodeId id, SplittableRandom random) {
        return new Candidate(id, Config.builder("node " + id).put("reputation", 30 + random.nextInt(71))
                .put("party", random.nextInt(7) == 0).build());
    }

    @Override
    protected Optional<Candidate> ineligibleCandidate(NodeId id) {
        return Optional.of(new Candidate(id, Config.builder("node " + id).put("reputation", 100).put("party", true)
                .build()));
    }

    @Override
    protected Optional<Candidate> candidateMissingAnAttribute(NodeId id) {
        return Optional.of(new Candidate(id, Config.builder("node " + id).put("party", false).build()));
    }
}
