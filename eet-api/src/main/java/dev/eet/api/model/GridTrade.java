package dev.eet.api.model;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import dev.eet.api.value.Price;
import java.util.Objects;

/**
 * A trade with the public grid for what the market did not clear: a BUY is bought from the grid at the retail
 * price, a SELL is sold to the grid at the feed-in price.
 *
 * @param order the participant's order
 * @param participant the participant
 * @param side BUY (import from the grid) or SELL (export to the grid)
 * @param quantity positive energy
 * @param price the grid price per kWh
 */
public record GridTrade(OrderId order, ParticipantId participant, Side side, Energy quantity, Price price) {

    /** @throws InvalidArgumentException on a non-positive quantity or negative price */
    public GridTrade {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(price, "price");
        if (!quantity.isPositive()) {
            throw new InvalidArgumentException("grid trade " + order, "quantityKwh",
                    "must be positive, was " + quantity.toPlainString());
        }
        if (price.signum() < 0) {
            throw new InvalidArgumentException("grid trade " + order, "price",
                    "must not be negative, was " + price.toPlainString());
        }
    }

    /** @return quantity x price, rounded HALF_EVEN */
    public Money amount() {
        return quantity.times(price);
    }
}
