package dev.eet.settlement.async;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.value.Price;
import java.util.Objects;

/**
 * One cell of the price matrix: what {@code buyer} pays {@code seller}, and how early the buyer is served from
 * that seller.
 *
 * @param seller the supplier
 * @param buyer the consumer (not the seller, not the grid)
 * @param priority 1 = served first
 * @param price the agreed price per kWh (not negative)
 */
public record MatrixEntry(ParticipantId seller, ParticipantId buyer, int priority, Price price) {
    /** @throws InvalidArgumentException on a priority below 1, a negative price, a self-entry or the grid */
    public MatrixEntry {
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(price, "price");
        String subject = "price matrix " + seller + "->" + buyer;
        if (priority < 1) {
            throw new InvalidArgumentException(subject, "priority", "must be at least 1, was " + priority);
        }
        if (price.signum() < 0) {
            throw new InvalidArgumentException(subject, "price", "must not be negative, was " + price.toPlainString());
        }
        if (seller.equals(buyer)) {
            throw new InvalidArgumentException(subject, "buyer", "must differ from the seller");
        }
        if (seller.equals(ParticipantId.GRID) || buyer.equals(ParticipantId.GRID)) {
            throw new InvalidArgumentException(subject, "seller", "the grid trades at the grid price, not in the matrix");
        }
    }
}
