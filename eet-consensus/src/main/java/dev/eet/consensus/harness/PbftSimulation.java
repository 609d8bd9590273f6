package dev.eet.consensus.harness;

/** {@code pbft}: one PBFT group of the given size ({@link PbftCluster} with {@link PbftCluster#HARNESS_OPTIONS}). */
public final class PbftSimulation implements SimulationTarget {
    @Override
    public String name() {
        return "pbft";
    }

    @Override
    public String description() {
        return "one PBFT group (pre-prepare/prepare/commit, view change, checkpoints)";
    }

    @Override
    public int tolerated(long seed, int members) {
        PbftCluster c = PbftCluster.create(seed, members, PbftCluster.HARNESS_OPTIONS);
        try {
            return c.tolerated();
        } finally {
            c.close();
        }
    }

    @Override
    public HarnessResult run(long seed, int members, FaultPlan plan) {
        return FaultHarness.run(seed, s -> PbftCluster.create(s, members, PbftCluster.HARNESS_OPTIONS), plan);
    }
}
