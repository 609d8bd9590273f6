package dev.eet.consensus.election;

import dev.eet.api.consensus.Candidate;
import dev.eet.api.consensus.ElectionPolicy;
import dev.eet.api.consensus.ElectionPolicyProvider;
import dev.eet.api.consensus.ElectionResult;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.spi.Config;
import dev.eet.api.spi.ProviderRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One election among {@code nodes} candidates (default 10,000) for each policy: 21 delegates, 10 standbys. The
 * time includes reading every candidate's attributes (they arrive as text in a {@link Config}). Goal of issue 5:
 * under 10 ms per election.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ElectionBenchmark {

    @Param({"stake", "latency", "credit", "fdpos", "reputation"})
    public String policy;

    @Param({"10000"})
    public int nodes;

    private ElectionPolicy election;
    private List<Candidate> candidates;

    @Setup
    public void setUp() {
        election = ProviderRegistry.load(ElectionPolicyProvider.class).get(policy)
                .create(Config.builder("bench").seed(7).build());
        SplittableRandom r = new SplittableRandom(42);
        candidates = new ArrayList<>(nodes);
        for (int i = 0; i < nodes; i++) {
            NodeId id = NodeId.of("node-" + i);
            Config.Builder b = Config.builder("node " + id);
            switch (policy) {
                case "stake" -> b.put("stake", r.nextInt(1_000_000));
                case "latency" -> b.put("rttMs", r.nextDouble(1, 200));
                case "credit" -> b.put("frequency", r.nextInt(11)).put("capacity", r.nextInt(11))
                        .put("plannedKwh", 1 + r.nextInt(100)).put("actualKwh", r.nextInt(120))
                        .put("hoursSinceDelegate", r.nextInt(3000)).put("pvClass", "household")
                        .put("packedAll", r.nextBoolean()).put("votes", r.nextInt(50));
                case "fdpos" -> b.put("compute", r.nextDouble(0.1, 100)).put("tokenGrowth", r.nextDouble(0.01, 2))
                        .put("votes", 1 + r.nextInt(1000));
                case "reputation" -> b.put("reputation", r.nextInt(101)).put("party", r.nextInt(100) == 0);
                default -> throw new IllegalArgumentException(policy);
            }
            candidates.add(new Candidate(id, b.build()));
        }
    }

    @Benchmark
    public ElectionResult elect() {
        return election.elect(candidates, 21, 10);
    }
}
