package dev.eet.examples.demo;

import dev.eet.api.model.DeliveryPeriod;
import dev.eet.api.model.MeterReading;
import dev.eet.api.model.Order;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.value.Energy;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the simulated participants bring to one trading period.
 *
 * @param period the period number, 0-based
 * @param delivery the delivery interval
 * @param orders the orders made from the forecasts, in submission order (their {@code time} is that order)
 * @param forecast each participant's forecast net energy for the period (+ supply, - consumption)
 * @param actual each participant's metered net energy for the period (+ supply, - consumption), exact difference
 *     of its meter's export and import counters across the period
 * @param readings each participant's meter reading at the end of the period
 */
public record PeriodInput(int period, DeliveryPeriod delivery, List<Order> orders,
                          SortedMap<ParticipantId, Energy> forecast, SortedMap<ParticipantId, Energy> actual,
                          SortedMap<ParticipantId, MeterReading> readings) {
    /** Copies the collections (unmodifiable). */
    public PeriodInput {
        orders = List.copyOf(orders);
        forecast = Collections.unmodifiableSortedMap(new TreeMap<>(forecast));
        actual = Collections.unmodifiableSortedMap(new TreeMap<>(actual));
        readings = Collections.unmodifiableSortedMap(new TreeMap<>(readings));
    }
}
