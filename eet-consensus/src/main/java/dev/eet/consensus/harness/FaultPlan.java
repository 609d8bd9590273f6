package dev.eet.consensus.harness;

import dev.eet.api.InvalidArgumentException;
import dev.eet.consensus.sim.LatencyModel;
import dev.eet.consensus.sim.LinkProfile;
import java.time.Duration;

/**
 * What the harness does in one run.
 *
 * @param maxByzantine most Byzantine nodes (further capped by the cluster's tolerated count)
 * @param faultyPhase how long faults are injected
 * @param step length of one step; at most one fault action per step
 * @param faultProbability chance of a fault action in a step (crash, restart, partition, heal, loss change)
 * @param transactionsPerStep transactions submitted per step during the faulty phase
 * @param maxLoss the highest link loss probability injected
 * @param link the base link profile (latency, duplication, reordering; its loss is the healed loss)
 * @param finalTransactions transactions submitted after healing that every honest node must commit
 * @param livenessLimit how long (virtual) after healing they may take
 */
public record FaultPlan(int maxByzantine, Duration faultyPhase, Duration step, double faultProbability,
                        int transactionsPerStep, double maxLoss, LinkProfile link, int finalTransactions,
                        Duration livenessLimit) {
    /**
     * The CI plan: up to the tolerated Byzantine count, 3 s of faults in 100 ms steps, loss up to 20%, 1-5 ms
     * latency with 2% duplication and 5% reordering, 5 final transactions within 120 s.
     */
    public static final FaultPlan DEFAULT = new FaultPlan(Integer.MAX_VALUE, Duration.ofSeconds(3),
            Duration.ofMillis(100), 0.3, 2, 0.2,
            LinkProfile.of(LatencyModel.uniform(1_000, 5_000)).withDuplication(0.02).withReordering(0.05, 10_000),
            5, Duration.ofSeconds(120));

    /** Checks the ranges. */
    public FaultPlan {
        if (maxByzantine < 0 || transactionsPerStep < 0 || finalTransactions < 1) {
            throw new InvalidArgumentException("fault plan", "counts", "must not be negative (final >= 1)");
        }
        if (!(faultProbability >= 0 && faultProbability <= 1) || !(maxLoss >= 0 && maxLoss < 1)) {
            throw new InvalidArgumentException("fault plan", "probabilities", "out of range");
        }
        if (step.isZero() || step.isNegative()) {
            throw new InvalidArgumentException("fault plan", "step", "must be positive");
        }
    }

    /** @param n most Byzantine nodes @return a copy */
    public FaultPlan withMaxByzantine(int n) {
        return new FaultPlan(n, faultyPhase, step, faultProbability, transactionsPerStep, maxLoss, link,
                finalTransactions, livenessLimit);
    }

    /** @param p fault probability per step @param loss max loss @return a copy */
    public FaultPlan withFaults(double p, double loss) {
        return new FaultPlan(maxByzantine, faultyPhase, step, p, transactionsPerStep, loss, link, finalTransactions,
                livenessLimit);
    }
}
