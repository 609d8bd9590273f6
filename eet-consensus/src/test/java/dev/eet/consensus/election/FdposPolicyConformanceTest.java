package dev.eet.consensus.election;

import dev.eet.api.consensus.Candidate;
import dev.eet.api.consensus.ElectionPolicy;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.spi.Config;
import dev.eet.tck.consensus.election.ElectionPolicyConformanceKit;
import java.util.Optional;
import java.util.SplittableRandom;

class FdposPolicyConformanceTest extends ElectionPolicyConformanceKit {
    @Override
    protected ElectionPolicy createPolicy(long seed) {
        return new FdposPolicyProvider().create(Config.builder("t").put("computeThreshold", 1).seed(seed).build());
    }

    @Override
    protected Candidate candidate(NodeId id, SplittableRandom random) {
        return new Candidate(id, Config.builder("node " + id).put("compute", random.nextInt(12) / 2.0)
                .put("tokenGrowth", random.nextInt(5) / 4.0).put("votes", random.nextInt(6)).build());
    }

    @Override
    protected Optional<Candidate> ineligibleCandidate(NodeId id) {
        return Optional.of(new Candidate(id, Config.builder("node " + id).put("compute", 0).put("tokenGrowth", 1)
                .put("votes", 5).build()));
    }

    @Override
    protected Optional<Candidate> candidateMissingAnAttribute(NodeId id) {
        return Optional.of(new Candidate(id, Config.builder("node " + id).put("compute", 1).put("votes", 5).build()));
    }

    @Override
    protected int acceptedDelegates(int requested) {
        return requested | 1;
    }
}
