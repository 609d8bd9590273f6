package dev.eet.consensus.election;

import dev.eet.api.consensus.Candidate;
import dev.eet.api.consensus.ElectionPolicy;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.spi.Config;
import dev.eet.tck.consensus.election.ElectionPolicyConformanceKit;
import java.util.Optional;
import java.util.SplittableRandom;

class CreditPolicyConformanceTest extends ElectionPolicyConformanceKit {
    @Override
    protected ElectionPolicy createPolicy(long seed) {
        return new CreditPolicyProvider().create(Config.builder("t").seed(seed).build());
    }

    @Override
    protected Candidate candidate(NodeId id, SplittableRandom random) {
        Config.Builder b = Config.builder("node " + id).put("frequency", random.nextInt(11))
                .put("capacity", random.nextInt(11)).put("votes", random.nextInt(8));
        if (random.nextBoolean()) {
            b.put("quality", random.nextInt(11)).put("creditLoss", random.nextInt(3)).put("creditGain", random.nextInt(2));
        } else {
            b.put("plannedKwh", 1 + random.nextInt(50)).put("actualKwh", random.nextInt(80))
                    .put("hoursSinceDelegate", random.nextInt(400))
                    .put("pvClass", PvClass.values()[random.nextInt(3)].label()).put("packedAll", random.nextBoolean());
        }
        if (random.nextInt(8) == 0) {
            b.put("role", "buyer");
        }
        return new Candidate(id, b.build());
    }

    @Override
    protected Optional<Candidate> ineligibleCandidate(NodeId id) {
        return Optional.of(new Candidate(id, Config.builder("node " + id).put("role", "buyer").build()));
    }

    @Override
    protected Optional<Candidate> candidateMissingAnAttribute(NodeId id) {
        return Optional.of(new Candidate(id, Config.builder("node " + id).put("frequency", 3).put("quality", 4).build()));
    }
}
