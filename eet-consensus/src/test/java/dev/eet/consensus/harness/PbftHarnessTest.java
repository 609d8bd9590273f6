package dev.eet.consensus.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.consensus.pbft.PbftOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Runs the fault harness over many seeds. CI: {@code eet.seeds} (default 200) seeds of a 4-member group plus a
 * tenth as many of a 7-member group; {@code -Plong} ({@code eet.seeds=10000}) runs 10,000 + 1,000 and prints the
 * counts. Replay one failing seed (printed in the failure message) with
 * {@code mvn -pl eet-consensus test -Dtest=PbftHarnessTest#replay -Deet.seed=N [-Deet.members=7]}.
 */
class PbftHarnessTest {
    static final PbftOptions OPTIONS = PbftOptions.DEFAULTS.withBatching(4, Duration.ofMillis(20))
            .withViewTimeout(Duration.ofMillis(300)).withCheckpointInterval(4);

    private static FaultHarness.Summary runSeeds(int members, int seeds) {
        long start = System.nanoTime();
        FaultHarness.Summary s = FaultHarness.runMany(1, seeds, seed -> PbftCluster.create(seed, members, OPTIONS),
                FaultPlan.DEFAULT);
        System.out.println("PBFT n=" + members + ": " + s + " (" + (System.nanoTime() - start) / 1_000_000 + " ms)");
        return s;
    }

    @Test
    void fourMembersSurviveFaultsUpToTheToleratedCount() {
        FaultHarness.Summary s = runSeeds(4, Integer.getInteger("eet.seeds", 200));
        assertTrue(s.failed().isEmpty(), s.toString());
    }

    @Test
    void sevenMembersSurviveTwoFaultyMembers() {
        FaultHarness.Summary s = runSeeds(7, Math.max(10, Integer.getInteger("eet.seeds", 200) / 10));
        assertTrue(s.failed().isEmpty(), s.toString());
    }

    @Test
    void crashRecoveryThroughRealLedgerFiles() throws IOException {
        for (long seed = 1; seed <= 5; seed++) {
            Path dir = Files.createTempDirectory("eet-harness");
            HarnessResult r = FaultHarness.run(seed, s -> PbftCluster.withFileStores(s, 4, OPTIONS, dir),
                    FaultPlan.DEFAULT.withFaults(0.5, 0.1));
            assertTrue(r.ok(), r.toString());
        }
    }

    @Test
    void sameSeedSameRun() {
        HarnessResult a = FaultHarness.run(77, s -> PbftCluster.create(s, 4, OPTIONS), FaultPlan.DEFAULT);
        HarnessResult b = FaultHarness.run(77, s -> PbftCluster.create(s, 4, OPTIONS), FaultPlan.DEFAULT);
        assertEquals(a, b);
    }

    @Test
    void replay() {
        Long seed = Long.getLong("eet.seed");
        if (seed == null) {
            return;
        }
        int members = Integer.getInteger("eet.members", 4);
        HarnessResult r = FaultHarness.run(seed, s -> PbftCluster.create(s, members, OPTIONS), FaultPlan.DEFAULT);
        System.out.println(r);
        assertTrue(r.ok(), r.toString());
    }
}
