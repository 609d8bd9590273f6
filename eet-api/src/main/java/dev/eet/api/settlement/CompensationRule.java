package dev.eet.api.settlement;

import dev.eet.api.model.Trade;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Price;
import java.util.List;

/**
 * Decides who compensates whom when metered reality deviates from a contracted (forecast-based) trade
 * (settlement.md section 2). Only the compensation between the two parties is the rule's business: the energy
 * actually exchanged and the grid purchases and sales that cover a shortfall or surplus are settled by the
 * caller. Stateless and deterministic.
 *
 * <p>Contract (checked by {@code dev.eet.tck.settlement.CompensationRuleConformanceKit}):
 * <ul>
 *   <li>when the seller delivered and the buyer consumed at least the contracted quantity, no transfer;</li>
 *   <li>every transfer is between the trade's seller and buyer accounts (never the grid or a pool), positive;</li>
 *   <li>the seller pays only if it delivered less than contracted, the buyer only if it consumed less
 *       (the party at fault pays);</li>
 *   <li>the same arguments always give the same transfers.</li>
 * </ul>
 */
public interface CompensationRule {

    /** @return the rule's stable name */
    String name();

    /**
     * @param contract the cleared trade
     * @param delivered energy the seller actually delivered for it (metered, not negative)
     * @param consumed energy the buyer actually consumed for it (metered, not negative)
     * @param gridRetail the grid's retail price
     * @param gridFeedIn the grid's feed-in price
     * @return the compensation transfers between the two parties (possibly none)
     */
    List<Transfer> compensate(Trade contract, Energy delivered, Energy consumed, Price gridRetail, Price gridFeedIn);
}
