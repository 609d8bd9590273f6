package dev.eet.consensus.election;

import dev.eet.api.consensus.Candidate;
import dev.eet.api.consensus.ElectionPolicy;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.spi.Config;
import dev.eet.tck.consensus.election.ElectionPolicyConformanceKit;
import java.util.Optional;
import java.util.SplittableRandom;

class LatencyPolicyConformanceTest extends ElectionPolicyConformanceKit {
    @Override
    protected ElectionPolicy createPolicy(long seed) {
        return new LatencyPolicyProvider().create(Config.builder("t").seed(seed).build());
    }

    @Override
    protected Candidate candidate(NodeId id, SplittableRandom random) {
        Config.Builder b = Config.builder("node " + id);
        if (random.nextInt(6) != 0) {
            b.put("rttMs", random.nextInt(30) / 2.0);
        }
        if (random.nextInt(10) == 0) {
            b.put("malicious", true);
        }
        return new Candidate(id, b.build());
    }

    @Override
    protected Optional<Candidate> ineligibleCandidate(NodeId id) {
        return Optional.of(new Candidate(id, Config.builder("node " + id).build()));
    }

    @Override
    protected boolean highestScoreFirst() {
        return false;
    }
}
