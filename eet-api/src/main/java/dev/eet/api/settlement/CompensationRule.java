package dev.eet.api.settlement;

import dev.eet.api.model.Trade;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Price;
import java.util.List;

/**
 * Decides who compensates whom when metered reality deviates from a contracted (forecast-based) trade
 * (settlement.md section 2). Stateless and deterministic.
 */
public interface CompensationRule {

    /** @return the rule's stable name */
    String name();

    /**
     * @param contract the cleared trade
     * @param delivered energy the seller actually delivered for it (metered)
     * @param consumed energy the buyer actually consumed for it (metered)
     * @param gridRetail the grid's retail price
     * @param gridFeedIn the grid's feed-in price
     * @return the compensation transfers between the two parties (possibly none)
     */
    List<Transfer> compensate(Trade contract, Energy delivered, Energy consumed, Price gridRetail, Price gridFeedIn);
}
