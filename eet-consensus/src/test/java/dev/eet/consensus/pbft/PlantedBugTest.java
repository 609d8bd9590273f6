package dev.eet.consensus.pbft;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.consensus.NodeId;
import dev.eet.consensus.harness.FaultHarness;
import dev.eet.consensus.harness.FaultPlan;
import dev.eet.consensus.harness.HarnessResult;
import dev.eet.consensus.harness.PbftCluster;
import dev.eet.consensus.harness.SimulatedCluster;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The harness must catch a real bug: with the prepare quorum disabled (the package-private test hook
 * {@link PbftReplica#plantedBugSkipPrepareQuorum}, not a public option), an equivocating primary plus lost messages
 * and view changes lets two honest members commit different blocks at one height.
 */
class PlantedBugTest {
    static final PbftOptions OPTIONS = PbftOptions.DEFAULTS.withBatching(4, Duration.ofMillis(20))
            .withViewTimeout(Duration.ofMillis(300)).withCheckpointInterval(4);

    /** Lossy links (up to 45%) and short runs: the bug needs lost commits plus view changes to show. */
    static final FaultPlan LOSSY = new FaultPlan(0, Duration.ofSeconds(3), Duration.ofMillis(100),
            0.6, 2, 0.45, FaultPlan.DEFAULT.link(), 3, Duration.ofSeconds(10));

    @Test
    void harnessReportsTheSafetyViolationOfASkippedPrepareQuorum() {
        HarnessResult found = null;
        int runs = 0;
        for (long seed = 1; seed <= 100 && found == null; seed++) {
            runs++;
            HarnessResult r = FaultHarness.run(seed, s -> {
                PbftCluster c = PbftCluster.create(s, 4, OPTIONS);
                c.makeByzantine(NodeId.of("n0"), PbftMisbehaviour.EQUIVOCATE);
                return new ByzantineFixed(c, true);
            }, FaultPlan.DEFAULT.withMaxByzantine(0));
            if (r.safetyViolated()) {
                found = r;
            }
        }
        System.out.println("planted bug found after " + runs + " seeds: " + found);
        assertTrue(found != null, "the harness did not detect the planted bug in " + runs + " seeds");
        assertTrue(found.violations().get(0).contains("two different blocks committed at height"), found.toString());
    }

    @Test
    void sameScenarioWithoutTheBugIsSafe() {
        for (long seed = 1; seed <= 15; seed++) {
            HarnessResult r = FaultHarness.run(seed, s -> {
                PbftCluster c = PbftCluster.create(s, 4, OPTIONS);
                c.makeByzantine(NodeId.of("n0"), PbftMisbehaviour.EQUIVOCATE);
                return new ByzantineFixed(c, false);
            }, FaultPlan.DEFAULT.withMaxByzantine(0));
            assertTrue(!r.safetyViolated(), r.toString());
        }
    }

    /** The cluster with n0 already Byzantine: the harness must treat n0 as faulty and not crash honest nodes beyond m. */
    private static final class ByzantineFixed implements SimulatedCluster {
        private final PbftCluster c;
        private final boolean plantBug;

        ByzantineFixed(PbftCluster c, boolean plantBug) {
            this.c = c;
            this.plantBug = plantBug;
        }

        private void plant() {
            for (NodeId n : c.nodes()) {
                PbftReplica r = c.replica(n);
                if (r != null) {
                    r.plantedBugSkipPrepareQuorum = plantBug;
                }
            }
        }

        @Override
        public dev.eet.consensus.sim.SimulatedNetwork network() {
            return c.network();
        }

        @Override
        public java.util.List<NodeId> nodes() {
            return c.nodes().subList(1, c.nodes().size());
        }

        @Override
        public int tolerated() {
            return 0;
        }

        @Override
        public dev.eet.consensus.crypto.NodeKeys client() {
            return c.client();
        }

        @Override
        public String makeByzantine(NodeId node, java.util.SplittableRandom random) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void start() {
            c.start();
            plant();
        }

        @Override
        public void submit(NodeId via, dev.eet.api.consensus.TransactionEnvelope tx) {
            c.submit(via, tx);
        }

        @Override
        public void crash(NodeId node) {
            c.crash(node);
        }

        @Override
        public void restart(NodeId node) {
            c.restart(node);
            plant();
        }

        @Override
        public dev.eet.api.consensus.LedgerStore store(NodeId node) {
            return c.store(node);
        }

        @Override
        public dev.eet.consensus.ledger.BlockVerifier verifier() {
            return c.verifier();
        }
    }
}
