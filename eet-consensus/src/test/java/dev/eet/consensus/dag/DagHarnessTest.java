package dev.eet.consensus.dag;

import dev.eet.consensus.harness.Fault;
import dev.eet.consensus.harness.FaultHarness;
import dev.eet.consensus.harness.FaultPlan;
import dev.eet.consensus.harness.HarnessResult;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The DAG under the fault harness: crash, partition, loss, delay and Byzantine nodes (double spenders that
 * double-vote, forgers). 8 seeds of n=5, 6 of n=6 (one node not a delegate) and 2 of n=7 (1,000 each under
 * {@code -Plong}, where eet.seeds >= 10000).
 */
class DagHarnessTest {
    static final FaultPlan PLAN = FaultPlan.DEFAULT.withKinds(EnumSet.allOf(Fault.class));

    /** CI count, 1,000 under -Plong, or -Deet.dag.seeds=N for a one-off wider run. */
    static int seeds(int ci) {
        Integer override = Integer.getInteger("eet.dag.seeds");
        if (override != null) {
            return override;
        }
        return Integer.getInteger("eet.seeds", 200) >= 10_000 ? 1_000 : ci;
    }

    @Test
    void fiveNodesSurviveEveryFaultKind() {
        FaultHarness.Summary s = DagHarness.runMany(1, seeds(8), seed -> DagCluster.create(seed, 5), PLAN);
        System.out.println("DAG n=5: " + s);
        assertTrue(s.failed().isEmpty(), s.toString());
        assertTrue(s.faultsSurvived() > 0, s.toString());
    }

    @Test
    void sixNodesWithOneNonDelegateSurviveEveryFaultKind() {
        FaultHarness.Summary s = DagHarness.runMany(1, seeds(6), seed -> DagCluster.create(seed, 6), PLAN);
        System.out.println("DAG n=6: " + s);
        assertTrue(s.failed().isEmpty(), s.toString());
    }

    @Test
    void sevenNodesSurviveEveryFaultKind() {
        FaultHarness.Summary s = DagHarness.runMany(1, seeds(2), seed -> DagCluster.create(seed, 7), PLAN);
        System.out.println("DAG n=7: " + s);
        assertTrue(s.failed().isEmpty(), s.toString());
    }

    /** Regression: a delegate that voted for the losing half of a split double spend must not stall. */
    @Test
    void seed42SplitDoubleSpendStaysLive() {
        HarnessResult r = DagHarness.run(42, s -> DagCluster.create(s, 5), PLAN);
        assertTrue(r.ok(), r.toString());
        assertTrue(r.faults().get(0).contains("DOUBLE_SPEND"), r.toString());
    }

    @Test
    void replay() {
        long seed = Long.getLong("eet.seed", 3);
        int n = Integer.getInteger("eet.members", 5);
        HarnessResult r = DagHarness.run(seed, s -> DagCluster.create(s, n), PLAN);
        System.out.println("DAG replay: " + r);
        assertTrue(r.ok(), r.toString());
    }

    @Test
    void sameSeedSameRun() {
        HarnessResult a = DagHarness.run(7, s -> DagCluster.create(s, 5), PLAN);
        HarnessResult b = DagHarness.run(7, s -> DagCluster.create(s, 5), PLAN);
        assertEquals(a.toString(), b.toString());
    }
}
