package dev.eet.tck.consensus.election;

import dev.eet.api.consensus.Candidate;
import dev.eet.api.consensus.ElectionPolicy;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.spi.Config;
import java.util.Optional;
import java.util.SplittableRandom;

/** The kit run against a minimal correct policy: this is all a third party writes for its own policy. */
class ScoreAttributePolicyConformanceTest extends ElectionPolicyConformanceKit {
    @Override
    protected ElectionPolicy createPolicy(long seed) {
        return new ScoreAttributePolicy(ScoreAttributePolicy.Fault.NONE);
    }

    @Override
    protected Candidate candidate(NodeId id, SplittableRandom random) {
        return new Candidate(id, Config.builder("node " + id).put("score", random.nextInt(5))
                .put("eligible", random.nextInt(6) != 0).build());
    }

    @Override
    protected Optional<Candidate> ineligibleCandidate(NodeId id) {
        return Optional.of(new Candidate(id, Config.builder("node " + id).put("score", 99).put("eligible", false).build()));
    }
}
