package dev.eet.api.model;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import dev.eet.api.value.Price;
import java.util.Objects;

/**
 * A peer-to-peer trade: the seller delivers {@code quantity} to the buyer, who pays {@code quantity * price}.
 *
 * @param sellOrder the seller's order
 * @param buyOrder the buyer's order
 * @param seller the selling participant
 * @param buyer the buying participant (never the seller)
 * @param quantity positive energy
 * @param price the clearing price per kWh
 * @param round the clearing round that made it (1 or 2 for the periodic auction; 1 where there are no rounds)
 */
public record Trade(OrderId sellOrder, OrderId buyOrder, ParticipantId seller, ParticipantId buyer, Energy quantity,
                    Price price, int round) {

    /** @throws InvalidArgumentException on a non-positive quantity, negative price or self-trade */
    public Trade {
        Objects.requireNonNull(sellOrder, "sellOrder");
        Objects.requireNonNull(buyOrder, "buyOrder");
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(price, "price");
        // the subject string is built only on failure: trades are created on matching hot paths
        if (!quantity.isPositive()) {
            throw new InvalidArgumentException(subject(sellOrder, buyOrder), "quantityKwh",
                    "must be positive, was " + quantity.toPlainString());
        }
        if (price.signum() < 0) {
            throw new InvalidArgumentException(subject(sellOrder, buyOrder), "price",
                    "must not be negative, was " + price.toPlainString());
        }
        if (seller.equals(buyer)) {
            throw new InvalidArgumentException(subject(sellOrder, buyOrder), "buyer",
                    "self-trade: " + buyer + " is also the seller");
        }
    }

    private static String subject(OrderId sellOrder, OrderId buyOrder) {
        return "trade " + sellOrder + "/" + buyOrder;
    }

    /** @return what the buyer pays and the seller receives: quantity x price, rounded HALF_EVEN */
    public Money amount() {
        return quantity.times(price);
    }
}
