package dev.eet.consensus.harness;

import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.ledger.Transactions;
import dev.eet.consensus.sim.SimulatedNetwork;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * Runs a {@link SimulatedCluster} from a seed under a {@link FaultPlan}: picks Byzantine nodes (up to the tolerated
 * count), then in each step submits transactions and maybe injects a fault (crash, restart, partition, heal,
 * loss change), keeping crashed + partitioned-away + Byzantine nodes within the tolerated count; safety is checked
 * after every simulated event. Then it heals everything, submits final transactions and requires every honest node
 * to commit them (liveness). Deterministic: one seed, one run.
 *
 * <pre>{@code
 * HarnessResult r = FaultHarness.run(seed, s -> PbftCluster.create(s, 4, PbftOptions.DEFAULTS), FaultPlan.DEFAULT);
 * assertTrue(r.ok(), r.toString());
 * }</pre>
 */
public final class FaultHarness {
    private FaultHarness() {
    }

    /**
     * @param seed the seed
     * @param clusters creates the cluster for a seed
     * @param plan the fault plan
     * @return the outcome
     */
    public static HarnessResult run(long seed, LongFunction<SimulatedCluster> clusters, FaultPlan plan) {
        SimulatedCluster cluster = clusters.apply(seed);
        try {
            return new Run(seed, cluster, plan).execute();
        } finally {
            cluster.close();
        }
    }

    /**
     * Runs consecutive seeds.
     *
     * @param firstSeed the first seed
     * @param count how many
     * @param clusters creates the cluster for a seed
     * @param plan the fault plan
     * @return the summary
     */
    public static Summary runMany(long firstSeed, int count, LongFunction<SimulatedCluster> clusters, FaultPlan plan) {
        return runMany(firstSeed, count, clusters, plan, r -> { });
    }

    /**
     * Runs consecutive seeds, reporting each result as it finishes (e.g. for a progress bar).
     *
     * @param firstSeed the first seed
     * @param count how many
     * @param clusters creates the cluster for a seed
     * @param plan the fault plan
     * @param progress called after every run, in seed order
     * @return the summary
     */
    public static Summary runMany(long firstSeed, int count, LongFunction<SimulatedCluster> clusters, FaultPlan plan,
                                  Consumer<HarnessResult> progress) {
        return summarize(firstSeed, count, seed -> run(seed, clusters, plan), progress);
    }

    /**
     * Runs consecutive seeds with any single-run function (e.g. a harness of another ledger shape, such as the DAG
     * harness) and sums them up.
     *
     * @param firstSeed the first seed
     * @param count how many
     * @param runOne runs one seed
     * @param progress called after every run, in seed order
     * @return the summary
     */
    public static Summary summarize(long firstSeed, int count, LongFunction<HarnessResult> runOne,
                                    Consumer<HarnessResult> progress) {
        List<HarnessResult> failed = new ArrayList<>();
        long survived = 0;
        long injected = 0;
        long minHeight = Long.MAX_VALUE;
        for (long s = firstSeed; s < firstSeed + count; s++) {
            HarnessResult r = runOne.apply(s);
            injected += r.faults().size();
            minHeight = Math.min(minHeight, r.minHonestHeight());
            if (r.ok()) {
                survived += r.faults().size();
            } else {
                failed.add(r);
            }
            progress.accept(r);
        }
        return new Summary(count, survived, failed, injected, count == 0 ? -1 : minHeight);
    }

    /**
     * @param runs runs executed
     * @param faultsSurvived fault actions injected in the runs that passed
     * @param failed the failing runs (print their seeds to replay)
     * @param faultsInjected fault actions injected in all runs
     * @param minHonestHeight the lowest committed height of an honest node at the end of any run
     */
    public record Summary(int runs, long faultsSurvived, List<HarnessResult> failed, long faultsInjected,
                          long minHonestHeight) {
        /** Copies the list. */
        public Summary {
            failed = List.copyOf(failed);
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder("fault harness: " + runs + " runs, " + faultsSurvived
                    + " faults survived, " + failed.size() + " failed");
            for (HarnessResult r : failed) {
                b.append("\n  FAILED seed ").append(r.seed()).append(" (replay with -Deet.seed=").append(r.seed())
                        .append("): ").append(r);
            }
            return b.toString();
        }
    }

    private static final class Run {
        private final long seed;
        private final SimulatedCluster cluster;
        private final FaultPlan plan;
        private final SimulatedNetwork net;
        private final SplittableRandom random;
        private final List<String> faults = new ArrayList<>();
        private final Set<NodeId> byzantine = new TreeSet<>();
        private final Nemesis nemesis;
        private SafetyMonitor monitor;
        private long nonce;

        Run(long seed, SimulatedCluster cluster, FaultPlan plan) {
            this.seed = seed;
            this.cluster = cluster;
            this.plan = plan;
            this.net = cluster.network();
            this.random = new SplittableRandom(seed).split();
            this.nemesis = new Nemesis(random, net, plan, cluster.nodes(), cluster::crash, n -> {
                cluster.restart(n);
                monitor.checkPrefix(n, net.nowMicros());
            }, faults);
        }

        HarnessResult execute() {
            net.setDefaultLink(plan.link());
            List<NodeId> nodes = cluster.nodes();
            int f = cluster.tolerated();
            int byz = plan.kinds().contains(Fault.EQUIVOCATE)
                    ? random.nextInt(Math.min(plan.maxByzantine(), f) + 1) : 0;
            List<NodeId> shuffled = nemesis.shuffle(nodes);
            for (int i = 0; i < byz; i++) {
                NodeId n = shuffled.get(i);
                byzantine.add(n);
                faults.add("byzantine " + cluster.makeByzantine(n, random));
            }
            Set<NodeId> honest = new TreeSet<>(nodes);
            honest.removeAll(byzantine);
            monitor = new SafetyMonitor(cluster.verifier(), cluster::store, honest);
            cluster.start();
            long steps = plan.faultyPhase().toMillis() / plan.step().toMillis();
            for (long s = 0; s < steps && monitor.violations().isEmpty(); s++) {
                for (int k = 0; k < plan.transactionsPerStep(); k++) {
                    submitOne(honest);
                }
                if (random.nextDouble() < plan.faultProbability()) {
                    nemesis.inject(honest, f - byz);
                }
                runChecked(plan.step());
            }
            List<String> violations = new ArrayList<>();
            if (monitor.violations().isEmpty()) {
                nemesis.healAll();
                Set<Bytes> finals = new HashSet<>();
                for (int k = 0; k < plan.finalTransactions(); k++) {
                    finals.add(submitOne(honest).id());
                }
                boolean live = net.runUntil(() -> !monitor.check(net.nowMicros()) || allCommitted(honest, finals),
                        plan.livenessLimit());
                monitor.violations().forEach(v -> violations.add(v.toString()));
                if (violations.isEmpty() && !live) {
                    violations.add("liveness: after healing, not every honest node committed the "
                            + finals.size() + " final transactions within " + plan.livenessLimit() + ": "
                            + heights(honest));
                }
            } else {
                monitor.violations().forEach(v -> violations.add(v.toString()));
            }
            long min = Long.MAX_VALUE;
            for (NodeId n : honest) {
                min = Math.min(min, cluster.store(n).height());
            }
            return new HarnessResult(seed, violations, faults, min, net.nowMicros());
        }

        private String heights(Set<NodeId> honest) {
            StringBuilder b = new StringBuilder();
            for (NodeId n : honest) {
                b.append(n).append('=').append(cluster.store(n).height()).append(' ').append(cluster.describe(n))
                        .append(' ');
            }
            return b.toString().trim();
        }

        private boolean allCommitted(Set<NodeId> honest, Set<Bytes> ids) {
            for (NodeId n : honest) {
                if (!monitor.committedTransactions(n).containsAll(ids)) {
                    return false;
                }
            }
            return true;
        }

        private TransactionEnvelope submitOne(Set<NodeId> honest) {
            List<NodeId> up = new ArrayList<>();
            for (NodeId n : honest) {
                if (!nemesis.crashed().contains(n)) {
                    up.add(n);
                }
            }
            NodeId via = up.get(random.nextInt(up.size()));
            byte[] payload = ByteBuffer.allocate(16).putLong(seed).putLong(nonce).array();
            TransactionEnvelope tx = Transactions.sign(cluster.client(), "harness", Bytes.of(payload), nonce++,
                    net.clock().millis());
            cluster.submit(via, tx);
            return tx;
        }

        private void runChecked(Duration d) {
            net.runUntil(() -> !monitor.check(net.nowMicros()), d);
        }
    }
}
