package dev.eet.consensus.harness;

/** {@code dpos}: one DPoS chain of the given size ({@link DposCluster}, stake election). */
public final class DposSimulation implements SimulationTarget {
    @Override
    public String name() {
        return "dpos";
    }

    @Override
    public String description() {
        return "one DPoS chain (elected delegates in slots, majority endorsement in rounds, catch-up)";
    }

    @Override
    public int tolerated(long seed, int members) {
        DposCluster c = DposCluster.create(seed, members);
        try {
            return c.tolerated();
        } finally {
            c.close();
        }
    }

    @Override
    public HarnessResult run(long seed, int members, FaultPlan plan) {
        return FaultHarness.run(seed, s -> DposCluster.create(s, members), plan);
    }
}
