package dev.eet.consensus.harness;

import java.util.List;

/**
 * The outcome of one seeded run.
 *
 * @param seed the seed (replay with it)
 * @param violations safety violations and, last, a liveness failure if any
 * @param faults the fault actions injected, in order (Byzantine nodes first)
 * @param minHonestHeight the lowest committed height among honest nodes at the end
 * @param virtualMicros virtual time at the end
 */
public record HarnessResult(long seed, List<String> violations, List<String> faults, long minHonestHeight,
                           long virtualMicros) {
    /** Copies the lists. */
    public HarnessResult {
        violations = List.copyOf(violations);
        faults = List.copyOf(faults);
    }

    /** @return whether every invariant held and the cluster was live after healing */
    public boolean ok() {
        return violations.isEmpty();
    }

    /** @return whether a safety (not only liveness) invariant broke */
    public boolean safetyViolated() {
        return violations.stream().anyMatch(v -> !v.startsWith("liveness"));
    }

    @Override
    public String toString() {
        return "seed " + seed + (ok() ? " ok" : " FAILED " + violations) + ", " + faults.size() + " faults "
                + faults + ", min honest height " + minHonestHeight + ", t=" + virtualMicros + "us";
    }
}
