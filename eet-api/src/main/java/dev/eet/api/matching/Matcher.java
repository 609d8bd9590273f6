package dev.eet.api.matching;

import dev.eet.api.model.Order;
import java.util.List;

/**
 * Clears the orders of one delivery period. Implementations are immutable after creation, deterministic, and
 * safe to call from several threads (each call works on its own state).
 */
public interface Matcher {

    /** @return the stable mechanism name, equal to its provider's name (e.g. {@code "cda"}) */
    String name();

    /**
     * Clears a batch. Orders that fail batch-level checks (see {@link OrderBatch}) are returned as rejections and
     * take no part; everything else clears normally.
     *
     * @param orders the period's orders, in any list order (priority comes from {@link Order#time()})
     * @return trades in the order they were made, grid trades, unmatched remainders and rejections
     */
    MatchResult match(List<Order> orders);
}
