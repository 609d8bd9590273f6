package dev.eet.examples.demo;

import dev.eet.api.model.GridTrade;
import dev.eet.api.model.Order;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.model.Trade;
import dev.eet.api.settlement.Transfer;
import dev.eet.api.value.Energy;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything recorded for one trading period.
 *
 * @param period the period number, 0-based
 * @param orders the orders, in the order recorded
 * @param trades the peer trades, in the order recorded
 * @param gridTrades the grid trades of the clearing
 * @param actual metered net energy per participant (+ supply, - consumption); empty until the actuals arrive
 * @param transfers settlement transfers of the period (clearing and actuals), in the order recorded
 * @param latency consensus latency samples taken in the period
 */
public record PeriodRecord(int period, List<Order> orders, List<Trade> trades, List<GridTrade> gridTrades,
                           SortedMap<ParticipantId, Energy> actual, List<Transfer> transfers, List<Duration> latency) {
    /** Copies the collections. */
    public PeriodRecord {
        orders = List.copyOf(orders);
        trades = List.copyOf(trades);
        gridTrades = List.copyOf(gridTrades);
        actual = Collections.unmodifiableSortedMap(new TreeMap<>(actual));
        transfers = List.copyOf(transfers);
        latency = List.copyOf(latency);
    }
}
