package dev.eet.consensus.harness;

/**
 * One protocol that the fault harness can simulate, found by {@link java.util.ServiceLoader} under a stable name
 * (the {@code --protocol} of {@code eet simulate}). Register an implementation in
 * {@code META-INF/services/dev.eet.consensus.harness.SimulationTarget}; {@link SimulationTargets} lists them.
 *
 * <p>A chain protocol usually implements it in three lines on top of a {@link SimulatedCluster} and
 * {@link FaultHarness#run}; a protocol with its own notion of safety (a DAG) brings its own monitor.
 */
public interface SimulationTarget {

    /** @return the stable name, e.g. {@code "pbft"} */
    String name();

    /** @return a one-line description for usage texts */
    String description();

    /**
     * @param members the number of nodes
     * @return whether this protocol can be simulated with that many nodes (e.g. at least 1)
     */
    default boolean supports(int members) {
        return members >= 1;
    }

    /**
     * @param seed a seed
     * @param members the number of nodes
     * @return how many nodes may be faulty at once in that deployment
     */
    int tolerated(long seed, int members);

    /**
     * Runs one seeded simulation under faults and checks safety and liveness.
     *
     * @param seed the seed (same seed, same run)
     * @param members the number of nodes
     * @param plan the fault plan
     * @return the result
     */
    HarnessResult run(long seed, int members, FaultPlan plan);
}
