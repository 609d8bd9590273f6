package dev.eet.settlement.async;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.settlement.Transfer;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import dev.eet.api.value.Price;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of asynchronous settlement: {@code buyer} takes {@code quantity} from {@code seller} and pays
 * {@code amount = quantity * price} (HALF_EVEN, 6 decimals). Either side may be {@link ParticipantId#GRID}.
 *
 * @param seller who supplied
 * @param buyer who consumed
 * @param quantity positive energy
 * @param price price per kWh
 * @param amount quantity x price
 */
public record SettlementRecord(ParticipantId seller, ParticipantId buyer, Energy quantity, Price price, Money amount) {
    /** @throws InvalidArgumentException on a non-positive quantity or an amount that is not quantity x price */
    public SettlementRecord {
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(price, "price");
        if (!quantity.isPositive()) {
            throw new InvalidArgumentException("settlement record " + seller + "->" + buyer, "quantityKwh",
                    "must be positive, was " + quantity.toPlainString());
        }
        if (!amount.equals(quantity.times(price))) {
            throw new InvalidArgumentException("settlement record " + seller + "->" + buyer, "amount",
                    "must be quantity x price " + quantity.times(price) + ", was " + amount);
        }
    }

    /**
     * @param seller who supplied
     * @param buyer who consumed
     * @param quantity positive energy
     * @param price price per kWh
     * @return the record with its amount
     */
    public static SettlementRecord of(ParticipantId seller, ParticipantId buyer, Energy quantity, Price price) {
        return new SettlementRecord(seller, buyer, quantity, price, quantity.times(price));
    }

    /** @return whether one side is the grid */
    public boolean withGrid() {
        return seller.equals(ParticipantId.GRID) || buyer.equals(ParticipantId.GRID);
    }

    /** @return the buyer's payment to the seller, or empty for a zero amount */
    public Optional<Transfer> transfer() {
        if (amount.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Transfer(AccountId.of(buyer), AccountId.of(seller), amount,
                "settlement " + seller + "->" + buyer + " " + quantity.toPlainString() + " kWh"));
    }
}
