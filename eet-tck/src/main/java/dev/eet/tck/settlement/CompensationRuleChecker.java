package dev.eet.tck.settlement;

import dev.eet.api.settlement.AccountId;
import dev.eet.api.settlement.CompensationRule;
import dev.eet.api.settlement.Transfer;
import dev.eet.api.model.Trade;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Price;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link CompensationRule} contract as a checker that returns every violation it finds (empty when the rule
 * behaves). Usable from any test framework.
 */
public final class CompensationRuleChecker {

    private CompensationRuleChecker() {
    }

    /**
     * Asks the rule twice about one deviation case and checks its answer against the contract.
     *
     * @param rule the rule
     * @param contract the cleared trade
     * @param delivered metered delivery by the seller
     * @param consumed metered consumption by the buyer
     * @param gridRetail the grid's retail price
     * @param gridFeedIn the grid's feed-in price
     * @return human-readable violations
     */
    public static List<String> violations(CompensationRule rule, Trade contract, Energy delivered, Energy consumed,
                                          Price gridRetail, Price gridFeedIn) {
        List<String> out = new ArrayList<>();
        String at = rule.name() + ": " + contract.seller() + "->" + contract.buyer() + " contract "
                + contract.quantity().toPlainString() + " kWh at " + contract.price().toPlainString() + ", delivered "
                + delivered.toPlainString() + ", consumed " + consumed.toPlainString() + ", retail "
                + gridRetail.toPlainString() + ", feed-in " + gridFeedIn.toPlainString();
        List<Transfer> transfers = rule.compensate(contract, delivered, consumed, gridRetail, gridFeedIn);
        if (transfers == null) {
            out.add(at + ": returned null instead of a list");
            return out;
        }
        if (!transfers.equals(rule.compensate(contract, delivered, consumed, gridRetail, gridFeedIn))) {
            out.add(at + ": the same case gave different transfers twice");
        }
        AccountId seller = AccountId.of(contract.seller());
        AccountId buyer = AccountId.of(contract.buyer());
        boolean sellerShort = delivered.compareTo(contract.quantity()) < 0;
        boolean buyerShort = consumed.compareTo(contract.quantity()) < 0;
        for (Transfer t : transfers) {
            boolean sellerPays = t.from().equals(seller) && t.to().equals(buyer);
            boolean buyerPays = t.from().equals(buyer) && t.to().equals(seller);
            if (!sellerPays && !buyerPays) {
                out.add(at + ": transfer " + t + " is not between the seller and the buyer");
            } else if (sellerPays && !sellerShort) {
                out.add(at + ": the seller pays " + t.amount() + " although it delivered the contracted quantity");
            } else if (buyerPays && !buyerShort) {
                out.add(at + ": the buyer pays " + t.amount() + " although it consumed the contracted quantity");
            }
            if (t.amount().signum() <= 0) {
                out.add(at + ": transfer " + t + " is not positive");
            }
        }
        return out;
    }
}
