package dev.eet.consensus.dag;

import dev.eet.consensus.harness.FaultPlan;
import dev.eet.consensus.harness.HarnessResult;
import dev.eet.consensus.harness.SimulationTarget;

/** {@code dag}: the DAG ledger with F-DPoS delegates ({@link DagCluster}, checked by {@link DagHarness}). */
public final class DagSimulation implements SimulationTarget {
    @Override
    public String name() {
        return "dag";
    }

    @Override
    public String description() {
        return "DAG ledger: transactions approve tips, F-DPoS delegates confirm";
    }

    @Override
    public int tolerated(long seed, int members) {
        return DagCluster.create(seed, members).tolerated();
    }

    @Override
    public HarnessResult run(long seed, int members, FaultPlan plan) {
        return DagHarness.run(seed, s -> DagCluster.create(s, members), plan);
    }
}
