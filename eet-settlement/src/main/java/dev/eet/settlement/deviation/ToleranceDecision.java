package dev.eet.settlement.deviation;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of the deviation-tolerance check.
 *
 * @param withinTolerance whether {@code |v_a - v_m| / v_m < sigma}
 * @param direction empty within tolerance; otherwise whether v_a fell {@code UNDER} or went {@code OVER} v_m
 * @param settled the value to settle: v_m within tolerance, v_a otherwise (same type as the inputs, so still
 *        encrypted when they were)
 * @param atFault empty within tolerance; otherwise the metered party, who is penalised
 * @param <V> the value type
 */
public record ToleranceDecision<V>(boolean withinTolerance, Optional<Direction> direction, V settled,
                                   Optional<MeteredParty> atFault) {

    /** Which way the actual deviated. */
    public enum Direction {
        /** v_a below (1 - sigma) v_m: under-delivery or under-consumption. */
        UNDER,
        /** v_a at or above (1 + sigma) v_m. */
        OVER
    }

    /** Checks for nulls. */
    public ToleranceDecision {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(settled, "settled");
        Objects.requireNonNull(atFault, "atFault");
    }
}
