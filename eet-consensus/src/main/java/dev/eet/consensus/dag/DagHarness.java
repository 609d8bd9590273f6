package dev.eet.consensus.dag;

import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.harness.Fault;
import dev.eet.consensus.harness.FaultHarness;
import dev.eet.consensus.harness.FaultPlan;
import dev.eet.consensus.harness.HarnessResult;
import dev.eet.consensus.harness.Nemesis;
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
import java.util.function.LongFunction;

/**
 * The fault harness for the DAG: the same {@link FaultPlan} and fault actions as {@link FaultHarness} (Byzantine
 * nodes with a random {@link DagMisbehaviour} up to the tolerated count, then steps that submit client
 * transactions and inject crashes, restarts, partitions, heals, loss changes and delay spikes, crashed +
 * partitioned + Byzantine never above the tolerated count), with {@link DagSafetyMonitor} checked after every
 * simulated event. After healing, every honest node must confirm the final transactions (liveness). Results are
 * {@link HarnessResult}s whose {@code minHonestHeight} is the least confirmed-vertex count of an honest node.
 */
public final class DagHarness {
    private DagHarness() {
    }

    /**
     * @param seed the seed
     * @param clusters creates the cluster for a seed
     * @param plan the fault plan
     * @return the outcome
     */
    public static HarnessResult run(long seed, LongFunction<DagCluster> clusters, FaultPlan plan) {
        return new Run(seed, clusters.apply(seed), plan).execute();
    }

    /**
     * @param firstSeed the first seed
     * @param count how many consecutive seeds
     * @param clusters creates the cluster for a seed
     * @param plan the fault plan
     * @return the summary (printed as {@code fault harness: N runs, F faults survived, K failed})
     */
    public static FaultHarness.Summary runMany(long firstSeed, int count, LongFunction<DagCluster> clusters,
                                               FaultPlan plan) {
        return FaultHarness.summarize(firstSeed, count, seed -> run(seed, clusters, plan), r -> { });
    }

    private static final class Run {
        private final long seed;
        private final DagCluster cluster;
        private final FaultPlan plan;
        private final SimulatedNetwork net;
        private final SplittableRandom random;
        private final List<String> faults = new ArrayList<>();
        private final Set<NodeId> byzantine = new TreeSet<>();
        private final Nemesis nemesis;
        private DagSafetyMonitor monitor;
        private long nonce;

        Run(long seed, DagCluster cluster, FaultPlan plan) {
            this.seed = seed;
            this.cluster = cluster;
            this.plan = plan;
            this.net = cluster.network();
            this.random = new SplittableRandom(seed).split();
            this.nemesis = new Nemesis(random, net, plan, cluster.nodes(), cluster::crash, n -> {
                cluster.restart(n);
                monitor.checkRestart(n, net.nowMicros());
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
                DagMisbehaviour m = DagMisbehaviour.values()[random.nextInt(DagMisbehaviour.values().length)];
                byzantine.add(n);
                cluster.makeByzantine(n, m);
                faults.add("byzantine " + n + ": " + m);
            }
            Set<NodeId> honest = new TreeSet<>(nodes);
            honest.removeAll(byzantine);
            monitor = new DagSafetyMonitor(cluster, honest);
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
                boolean live = net.runUntil(() -> !monitor.check(net.nowMicros()) || monitor.allConfirmed(finals),
                        plan.livenessLimit());
                violations.addAll(monitor.violations());
                if (violations.isEmpty() && !live) {
                    StringBuilder b = new StringBuilder();
                    for (NodeId n : honest) {
                        b.append(cluster.describe(n)).append("; ");
                    }
                    violations.add("liveness: after healing, not every honest node confirmed the " + finals.size()
                            + " final transactions within " + plan.livenessLimit() + ": " + b);
                }
            } else {
                violations.addAll(monitor.violations());
            }
            long min = Long.MAX_VALUE;
            for (NodeId n : honest) {
                min = Math.min(min, cluster.ledger(n).confirmedCount());
            }
            return new HarnessResult(seed, violations, faults, min, net.nowMicros());
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
