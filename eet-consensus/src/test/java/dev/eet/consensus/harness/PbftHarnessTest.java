package dev.eet.consensus.harness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.consensus.pbft.PbftOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Runs the fault harness over many seeds. CI: {@code eet.seeds} (default 200) seeds of a 4-member group;
 * {@code -Plong}: 10,000. Replay one failing seed with
 * {@code mvn -pl eet-consensus test -Dtest=PbftHarnessTest#replay -Deet.seed=N}.
 */
class PbftHarnessTest {
    static final PbftOptions OPTIONS = PbftOptions.DEFAULTS.withBatching(4, Duration.ofMillis(20))
            .withViewTimeout(Duration.ofMillis(300)).withCheckpointInterval(4);

    @Test
    void fourMembersSurviveFaultsUpToTheToleratedCount() {
        int seeds = Integer.getInteger("eet.seeds", 200);
        long start = System.nanoTime();
        FaultHarness.Summary s = FaultHarness.runMany(1, seeds, seed -> PbftCluster.create(seed, 4, OPTIONS),
                FaultPlan.DEFAULT);
        System.out.println(s + " (" + (System.nanoTime() - start) / 1_000_000 + " ms)");
        assertTrue(s.failed().isEmpty(), s.toString());
    }

    @Test
    void replay() {
        Long seed = Long.getLong("eet.seed");
        if (seed == null) {
            return;
        }
        HarnessResult r = FaultHarness.run(seed, s -> PbftCluster.create(s, 4, OPTIONS), FaultPlan.DEFAULT);
        System.out.println(r);
        assertTrue(r.ok(), r.toString());
    }
}
