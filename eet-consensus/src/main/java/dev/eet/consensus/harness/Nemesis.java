package dev.eet.consensus.harness;

import dev.eet.api.consensus.NodeId;
import dev.eet.consensus.sim.LatencyModel;
import dev.eet.consensus.sim.LinkProfile;
import dev.eet.consensus.sim.SimulatedNetwork;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The fault injector shared by every harness ({@link FaultHarness} for chains, the DAG harness): from the run's
 * random generator and a {@link FaultPlan} it crashes and restarts nodes, partitions and heals the network and
 * changes link loss and latency, never taking more than the budget of nodes down or away at once, and records
 * every action. What a crash and a restart mean is the caller's ({@code crash}, {@code restart}); the nemesis only
 * keeps the bookkeeping. Deterministic: the same generator state, the same actions.
 */
public final class Nemesis {
    private final SplittableRandom random;
    private final SimulatedNetwork net;
    private final FaultPlan plan;
    private final List<NodeId> all;
    private final Consumer<NodeId> crash;
    private final Consumer<NodeId> restart;
    private final List<String> faults;
    private final Set<NodeId> crashed = new TreeSet<>();
    private final Set<NodeId> isolated = new TreeSet<>();
    private double loss;
    private LinkProfile delayed;

    /**
     * @param random the run's generator (shared with the caller, so that one seed gives one run)
     * @param net the network
     * @param plan the plan (fault kinds, loss and delay ceilings, base link)
     * @param all every node
     * @param crash crashes a node (its durable state survives)
     * @param restart restarts a crashed node and checks what the caller must check after a restart
     * @param faults where the actions are recorded, in order
     */
    public Nemesis(SplittableRandom random, SimulatedNetwork net, FaultPlan plan, List<NodeId> all,
                   Consumer<NodeId> crash, Consumer<NodeId> restart, List<String> faults) {
        this.random = random;
        this.net = net;
        this.plan = plan;
        this.all = List.copyOf(all);
        this.crash = crash;
        this.restart = restart;
        this.faults = faults;
    }

    /** @return the nodes crashed now */
    public Set<NodeId> crashed() {
        return Collections.unmodifiableSet(crashed);
    }

    /**
     * @param in nodes
     * @return them in an order drawn from the run's generator
     */
    public List<NodeId> shuffle(List<NodeId> in) {
        List<NodeId> l = new ArrayList<>(in);
        for (int i = l.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            NodeId t = l.get(i);
            l.set(i, l.get(j));
            l.set(j, t);
        }
        return l;
    }

    /**
     * Injects one fault action the plan allows.
     *
     * @param honest the honest nodes (only they are crashed or cut off)
     * @param budget how many nodes may be crashed or cut off at once
     */
    public void inject(Set<NodeId> honest, int budget) {
        int used = crashed.size() + isolated.size();
        Set<Fault> kinds = plan.kinds();
        List<String> possible = new ArrayList<>();
        if (used < budget) {
            if (kinds.contains(Fault.CRASH)) {
                possible.add("crash");
            }
            if (isolated.isEmpty() && kinds.contains(Fault.PARTITION)) {
                possible.add("partition");
            }
        }
        if (!crashed.isEmpty()) {
            possible.add("restart");
        }
        if (!isolated.isEmpty()) {
            possible.add("heal");
        }
        if (kinds.contains(Fault.LOSS)) {
            possible.add("loss");
        }
        if (kinds.contains(Fault.DELAY)) {
            possible.add(delayed == null ? "delay" : "undelay");
        }
        if (possible.isEmpty()) {
            return;
        }
        String action = possible.get(random.nextInt(possible.size()));
        switch (action) {
            case "crash" -> {
                List<NodeId> candidates = new ArrayList<>();
                for (NodeId n : honest) {
                    if (!crashed.contains(n) && !isolated.contains(n)) {
                        candidates.add(n);
                    }
                }
                if (candidates.size() <= 1) {
                    return;
                }
                NodeId n = candidates.get(random.nextInt(candidates.size()));
                crash.accept(n);
                crashed.add(n);
                faults.add("crash " + n + " at " + net.nowMicros());
            }
            case "restart" -> {
                List<NodeId> c = new ArrayList<>(crashed);
                restart(c.get(random.nextInt(c.size())));
            }
            case "partition" -> {
                int k = 1 + random.nextInt(budget - used);
                List<NodeId> candidates = new ArrayList<>();
                for (NodeId n : shuffle(new ArrayList<>(honest))) {
                    if (!crashed.contains(n)) {
                        candidates.add(n);
                    }
                }
                for (int i = 0; i < k && i < candidates.size() - 1; i++) {
                    isolated.add(candidates.get(i));
                }
                Set<NodeId> rest = new TreeSet<>(all);
                rest.removeAll(isolated);
                net.partition(List.of(isolated, rest));
                faults.add("partition " + isolated + " at " + net.nowMicros());
            }
            case "heal" -> {
                net.heal();
                isolated.clear();
                faults.add("heal partition at " + net.nowMicros());
            }
            case "delay" -> {
                long ceiling = Math.max(2_000, plan.maxDelay().toNanos() / 1_000);
                long high = 1_000 + 1 + random.nextLong(ceiling - 1_000);
                LinkProfile base = plan.link();
                delayed = new LinkProfile(LatencyModel.uniform(1_000, high), 0, base.duplication(),
                        base.reordering(), base.reorderWindowMicros());
                net.setDefaultLink(delayed.withLoss(loss));
                faults.add("delay up to " + high + "us at " + net.nowMicros());
            }
            case "undelay" -> {
                delayed = null;
                net.setDefaultLink(plan.link().withLoss(loss));
                faults.add("delay ends at " + net.nowMicros());
            }
            default -> {
                loss = random.nextDouble() * plan.maxLoss();
                net.setDefaultLink((delayed == null ? plan.link() : delayed).withLoss(loss));
                faults.add(String.format(Locale.ROOT, "loss %.3f at %d", loss, net.nowMicros()));
            }
        }
    }

    private void restart(NodeId n) {
        restart.accept(n);
        crashed.remove(n);
        faults.add("restart " + n + " at " + net.nowMicros());
    }

    /** Ends every fault: restarts the crashed nodes, heals the partition, restores the base link. */
    public void healAll() {
        for (NodeId n : new ArrayList<>(crashed)) {
            restart(n);
        }
        net.heal();
        isolated.clear();
        loss = 0;
        delayed = null;
        net.setDefaultLink(plan.link());
    }
}
