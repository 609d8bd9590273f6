package dev.eet.settlement.compensation;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.model.Trade;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.settlement.CompensationRule;
import dev.eet.api.settlement.Transfer;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import dev.eet.api.value.Price;
import java.util.ArrayList;
import java.util.List;

/**
 * The default compensation rule of settlement.md section 2 [CloudEdge]: each party pays for its own shortfall the
 * price gap the other party suffers by turning to the grid.
 * <ul>
 *   <li>seller delivered less than contracted: shortfall {@code s = q - delivered}; if the grid retail price is
 *       above the contract price, the seller pays the buyer {@code s * (retail - price)};</li>
 *   <li>buyer consumed less than contracted: surplus {@code u = q - consumed}; if the grid feed-in price is below
 *       the contract price, the buyer pays the seller {@code u * (price - feedIn)}.</li>
 * </ul>
 * When both fall short, both transfers are made (each party answers for its own deviation). Amounts are rounded
 * HALF_EVEN to 6 decimals; a zero amount makes no transfer. Energy beyond the contract is not this rule's
 * business (it belongs to other trades or the grid).
 */
public final class GridPriceGapCompensationRule implements CompensationRule {
    /** The rule's name. */
    public static final String NAME = "grid-price-gap";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Transfer> compensate(Trade contract, Energy delivered, Energy consumed, Price gridRetail,
                                     Price gridFeedIn) {
        String subject = "compensation for trade " + contract.sellOrder() + "/" + contract.buyOrder();
        if (delivered.isNegative()) {
            throw new InvalidArgumentException(subject, "delivered", "must not be negative, was " + delivered);
        }
        if (consumed.isNegative()) {
            throw new InvalidArgumentException(subject, "consumed", "must not be negative, was " + consumed);
        }
        AccountId seller = AccountId.of(contract.seller());
        AccountId buyer = AccountId.of(contract.buyer());
        List<Transfer> out = new ArrayList<>(2);
        Energy q = contract.quantity();
        if (delivered.compareTo(q) < 0 && gridRetail.compareTo(contract.price()) > 0) {
            Energy shortfall = q.minus(delivered);
            Money m = shortfall.times(gridRetail.minus(contract.price()));
            if (m.signum() > 0) {
                out.add(new Transfer(seller, buyer, m, "compensation: " + contract.seller() + " delivered "
                        + shortfall.toPlainString() + " kWh short at retail " + gridRetail.toPlainString()));
            }
        }
        if (consumed.compareTo(q) < 0 && gridFeedIn.compareTo(contract.price()) < 0) {
            Energy surplus = q.minus(consumed);
            Money m = surplus.times(contract.price().minus(gridFeedIn));
            if (m.signum() > 0) {
                out.add(new Transfer(buyer, seller, m, "compensation: " + contract.buyer() + " consumed "
                        + surplus.toPlainString() + " kWh less at feed-in " + gridFeedIn.toPlainString()));
            }
        }
        return List.copyOf(out);
    }
}
