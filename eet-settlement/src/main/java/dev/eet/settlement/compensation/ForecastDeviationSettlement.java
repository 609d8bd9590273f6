package dev.eet.settlement.compensation;

import dev.eet.api.model.Trade;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.settlement.CompensationRule;
import dev.eet.api.settlement.Transfer;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import dev.eet.api.value.Price;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Settles one contracted trade after its dispatch period against metered actuals (settlement.md section 2):
 * <ol>
 *   <li>the buyer pays the seller for the energy that actually went from one to the other,
 *       {@code min(q, delivered, consumed)} at the contract price;</li>
 *   <li>a buyer short of energy ({@code min(q, consumed) > delivered}) buys the difference from the grid at
 *       retail;</li>
 *   <li>a seller with surplus ({@code min(q, delivered) > consumed}) sells the difference to the grid at
 *       feed-in;</li>
 *   <li>the {@link CompensationRule} adds the transfers between the parties.</li>
 * </ol>
 * Energy beyond the contract quantity is outside this trade. Every amount is rounded HALF_EVEN to 6 decimals.
 */
public final class ForecastDeviationSettlement {
    private final CompensationRule rule;
    private final Price gridRetail;
    private final Price gridFeedIn;

    /**
     * @param rule who compensates whom
     * @param gridRetail the grid's retail price
     * @param gridFeedIn the grid's feed-in price
     */
    public ForecastDeviationSettlement(CompensationRule rule, Price gridRetail, Price gridFeedIn) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.gridRetail = Objects.requireNonNull(gridRetail, "gridRetail");
        this.gridFeedIn = Objects.requireNonNull(gridFeedIn, "gridFeedIn");
    }

    /**
     * @param contract the cleared trade
     * @param delivered metered delivery by the seller (not negative)
     * @param consumed metered consumption by the buyer (not negative)
     * @return the transfers to post, in order: peer payment, grid purchase, grid sale, compensation
     */
    public List<Transfer> settle(Trade contract, Energy delivered, Energy consumed) {
        List<Transfer> compensation = rule.compensate(contract, delivered, consumed, gridRetail, gridFeedIn);
        AccountId seller = AccountId.of(contract.seller());
        AccountId buyer = AccountId.of(contract.buyer());
        String tag = "trade " + contract.sellOrder() + "/" + contract.buyOrder();
        Energy q = contract.quantity();
        Energy peer = Energy.min(q, Energy.min(delivered, consumed));
        List<Transfer> out = new ArrayList<>();
        add(out, buyer, seller, peer.times(contract.price()), tag + ": " + peer.toPlainString() + " kWh delivered");
        Energy shortfall = Energy.min(q, consumed).minus(delivered);
        if (shortfall.isPositive()) {
            add(out, buyer, AccountId.GRID, shortfall.times(gridRetail),
                    tag + ": " + shortfall.toPlainString() + " kWh shortfall bought from the grid");
        }
        Energy surplus = Energy.min(q, delivered).minus(consumed);
        if (surplus.isPositive()) {
            add(out, AccountId.GRID, seller, surplus.times(gridFeedIn),
                    tag + ": " + surplus.toPlainString() + " kWh surplus sold to the grid");
        }
        out.addAll(compensation);
        return List.copyOf(out);
    }

    private static void add(List<Transfer> out, AccountId from, AccountId to, Money amount, String reason) {
        if (amount.signum() > 0) {
            out.add(new Transfer(from, to, amount, reason));
        }
    }
}
