package dev.eet.consensus.harness;

import dev.eet.api.InvalidArgumentException;
import dev.eet.consensus.sim.LatencyModel;
import dev.eet.consensus.sim.LinkProfile;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the harness does in one run.
 *
 * @param maxByzantine most Byzantine nodes (further capped by the cluster's tolerated count)
 * @param faultyPhase how long faults are injected
 * @param step length of one step; at most one fault action per step
 * @param faultProbability chance of a fault action in a step (crash, restart, partition, heal, loss change, delay)
 * @param transactionsPerStep transactions submitted per step during the faulty phase
 * @param maxLoss the highest link loss probability injected
 * @param link the base link profile (latency, duplication, reordering; its loss is the healed loss)
 * @param finalTransactions transactions submitted after healing that every honest node must commit
 * @param livenessLimit how long (virtual) after healing they may take
 * @param kinds the kinds of fault injected ({@link Fault}); without {@link Fault#EQUIVOCATE} no node is Byzantine
 * @param maxDelay the highest one-way link latency a {@link Fault#DELAY} spike sets
 */
public record FaultPlan(int maxByzantine, Duration faultyPhase, Duration step, double faultProbability,
                        int transactionsPerStep, double maxLoss, LinkProfile link, int finalTransactions,
                        Duration livenessLimit, Set<Fault> kinds, Duration maxDelay) {
    /** The faults of {@link #DEFAULT}: crash, partition, loss and Byzantine members (no delay spikes). */
    public static final Set<Fault> DEFAULT_KINDS = Collections.unmodifiableSet(
            EnumSet.of(Fault.CRASH, Fault.PARTITION, Fault.LOSS, Fault.EQUIVOCATE));
    /**
     * The CI plan: up to the tolerated Byzantine count, 3 s of faults in 100 ms steps, loss up to 20%, 1-5 ms
     * latency with 2% duplication and 5% reordering, 5 final transactions within 120 s.
     */
    public static final FaultPlan DEFAULT = new FaultPlan(Integer.MAX_VALUE, Duration.ofSeconds(3),
            Duration.ofMillis(100), 0.3, 2, 0.2,
            LinkProfile.of(LatencyModel.uniform(1_000, 5_000)).withDuplication(0.02).withReordering(0.05, 10_000),
            5, Duration.ofSeconds(120));

    /**
     * A plan with the {@link #DEFAULT_KINDS} and a 200 ms delay ceiling.
     *
     * @param maxByzantine see the record
     * @param faultyPhase see the record
     * @param step see the record
     * @param faultProbability see the record
     * @param transactionsPerStep see the record
     * @param maxLoss see the record
     * @param link see the record
     * @param finalTransactions see the record
     * @param livenessLimit see the record
     */
    public FaultPlan(int maxByzantine, Duration faultyPhase, Duration step, double faultProbability,
                     int transactionsPerStep, double maxLoss, LinkProfile link, int finalTransactions,
                     Duration livenessLimit) {
        this(maxByzantine, faultyPhase, step, faultProbability, transactionsPerStep, maxLoss, link,
                finalTransactions, livenessLimit, DEFAULT_KINDS, Duration.ofMillis(200));
    }

    /** Checks the ranges and copies the kinds. */
    public FaultPlan {
        kinds = kinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(kinds));
        if (maxDelay.isNegative() || faultyPhase.isNegative()) {
            throw new InvalidArgumentException("fault plan", "durations", "must not be negative");
        }
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
                finalTransactions, livenessLimit, kinds, maxDelay);
    }

    /** @param p fault probability per step @param loss max loss @return a copy */
    public FaultPlan withFaults(double p, double loss) {
        return new FaultPlan(maxByzantine, faultyPhase, step, p, transactionsPerStep, loss, link, finalTransactions,
                livenessLimit, kinds, maxDelay);
    }

    /** @param k the kinds of fault to inject @return a copy */
    public FaultPlan withKinds(Set<Fault> k) {
        return new FaultPlan(maxByzantine, faultyPhase, step, faultProbability, transactionsPerStep, maxLoss, link,
                finalTransactions, livenessLimit, k, maxDelay);
    }

    /** @param d how long faults are injected @return a copy */
    public FaultPlan withFaultyPhase(Duration d) {
        return new FaultPlan(maxByzantine, d, step, faultProbability, transactionsPerStep, maxLoss, link,
                finalTransactions, livenessLimit, kinds, maxDelay);
    }

    /** @param l the base link profile @return a copy */
    public FaultPlan withLink(LinkProfile l) {
        return new FaultPlan(maxByzantine, faultyPhase, step, faultProbability, transactionsPerStep, maxLoss, l,
                finalTransactions, livenessLimit, kinds, maxDelay);
    }

    /** @param t how long after healing the final transactions may take @return a copy */
    public FaultPlan withLivenessLimit(Duration t) {
        return new FaultPlan(maxByzantine, faultyPhase, step, faultProbability, transactionsPerStep, maxLoss, link,
                finalTransactions, t, kinds, maxDelay);
    }
}
