package dev.eet.api.matching;

import dev.eet.api.model.Order;
import java.util.List;
import java.util.Objects;

/**
 * The orders newly submitted for one clearing stage. Residual positions from earlier stages are carried by the
 * matcher and need not be resubmitted.
 *
 * @param timescale the stage
 * @param orders the new orders; their ids must not repeat an id of an earlier stage
 */
public record TimescaleBook(Timescale timescale, List<Order> orders) {
    /** Copies the list. */
    public TimescaleBook {
        Objects.requireNonNull(timescale, "timescale");
        orders = List.copyOf(orders);
    }
}
