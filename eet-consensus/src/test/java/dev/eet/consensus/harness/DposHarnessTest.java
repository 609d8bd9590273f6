package dev.eet.consensus.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fault harness on DPoS chains ({@link DposCluster}): every fault kind, delay spikes included. CI runs a few
 * seeds per size; {@code -Plong} runs 1,000 per size.
 */
class DposHarnessTest {
    private static final Set<Fault> ALL = EnumSet.allOf(Fault.class);

    private static int seeds() {
        return Integer.getInteger("eet.seeds", 200) >= 10_000 ? 1_000 : 10;
    }

    @ParameterizedTest(name = "n={0}")
    @ValueSource(ints = {4, 7})
    void chainsStaySafeAndLiveUnderEveryFaultKind(int members) {
        long start = System.nanoTime();
        FaultHarness.Summary s = FaultHarness.runMany(1, seeds(), seed -> DposCluster.create(seed, members),
                FaultPlan.DEFAULT.withKinds(ALL));
        System.out.println("DPoS n=" + members + ": " + s + " (" + (System.nanoTime() - start) / 1_000_000 + " ms)");
        assertTrue(s.failed().isEmpty(), s.toString());
    }

    @Test
    void sevenNodesUnderLossOnly() {
        FaultHarness.Summary s = FaultHarness.runMany(500, seeds(), seed -> DposCluster.create(seed, 7),
                FaultPlan.DEFAULT.withKinds(EnumSet.of(Fault.LOSS)));
        assertTrue(s.failed().isEmpty(), s.toString());
        assertTrue(s.faultsInjected() > 0, "loss changes were injected");
    }

    /**
     * Regression (found by a 1,000-seed run): n3 crashed after voting at height 8 and, restarted without its votes,
     * voted again in the same round for the equivocating delegate's other block; two blocks committed at height 8.
     * Votes are now journaled ({@code VoteJournal}) as durably as the ledger.
     */
    @Test
    void aRestartedNodeNeverVotesTwiceInOneRound() {
        HarnessResult r = FaultHarness.run(647, s -> DposCluster.create(s, 7), FaultPlan.DEFAULT.withKinds(ALL));
        assertTrue(r.ok(), r.toString());
        assertTrue(r.faults().contains("restart n3 at 3000000"), r.faults().toString());
    }

    @Test
    void sameSeedSameRun() {
        HarnessResult a = FaultHarness.run(9, s -> DposCluster.create(s, 7), FaultPlan.DEFAULT.withKinds(ALL));
        HarnessResult b = FaultHarness.run(9, s -> DposCluster.create(s, 7), FaultPlan.DEFAULT.withKinds(ALL));
        assertEquals(a, b);
    }
}
