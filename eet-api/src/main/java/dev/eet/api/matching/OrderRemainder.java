package dev.eet.api.matching;

import dev.eet.api.model.OrderId;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.model.Side;
import dev.eet.api.value.Energy;
import java.util.Objects;

/**
 * Energy of an order that was neither traded with a peer nor with the grid (for example a resting order of a
 * continuous book, or a mechanism without grid fallback).
 *
 * @param order the order
 * @param participant its participant
 * @param side its side
 * @param quantity the unmatched energy, positive
 */
public record OrderRemainder(OrderId order, ParticipantId participant, Side side, Energy quantity) {
    /** Checks for nulls and a positive quantity. */
    public OrderRemainder {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(side, "side");
        if (!quantity.isPositive()) {
            throw new IllegalArgumentException("remainder of order " + order + " must be positive, was " + quantity);
        }
    }
}
