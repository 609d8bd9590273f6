package dev.eet.consensus.harness;

import dev.eet.api.InvalidArgumentException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The kinds of fault the {@link FaultHarness} injects; a {@link FaultPlan} enables a subset. */
public enum Fault {
    /** Crash a node (its durable store survives) and later restart it. */
    CRASH,
    /** Cut some nodes off from the rest and later heal the partition. */
    PARTITION,
    /** Change the loss probability of every link (up to {@link FaultPlan#maxLoss()}). */
    LOSS,
    /**
     * Make up to the tolerated number of nodes Byzantine before the run (the cluster chooses how: for PBFT a random
     * {@code PbftMisbehaviour}, equivocation among them; for DPoS an equivocating or invalid-block delegate).
     */
    EQUIVOCATE,
    /** Raise the latency of every link to a random spike (up to {@link FaultPlan#maxDelay()}) and later back. */
    DELAY;

    /** @return the name used on command lines, e.g. {@code crash} */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a comma-separated list such as {@code crash,partition,loss}.
     *
     * @param subject what is parsed, for errors
     * @param field the field, for errors
     * @param list the list
     * @return the faults, at least one
     * @throws InvalidArgumentException naming an unknown fault and the known ones
     */
    public static Set<Fault> parse(String subject, String field, String list) {
        EnumSet<Fault> out = EnumSet.noneOf(Fault.class);
        for (String part : list.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            try {
                out.add(valueOf(p.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidArgumentException(subject, field, "unknown fault '" + p
                        + "' (known: crash, partition, loss, equivocate, delay)");
            }
        }
        if (out.isEmpty()) {
            throw new InvalidArgumentException(subject, field, "names no fault");
        }
        return out;
    }
}
