package dev.eet.api.matching;

import dev.eet.api.model.Order;
import dev.eet.api.model.OrderId;
import dev.eet.api.model.ParticipantId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The batch-level checks every matcher applies before clearing: a second order with an id already seen is
 * rejected (field {@code id}); an order from a participant outside the known set, when one is given, is rejected
 * (field {@code participant}). The valid orders keep their input order; nothing valid is dropped.
 *
 * @param valid orders that passed
 * @param rejections orders that did not, in input order
 */
public record OrderBatch(List<Order> valid, List<OrderRejection> rejections) {

    /** Copies the lists. */
    public OrderBatch {
        valid = List.copyOf(valid);
        rejections = List.copyOf(rejections);
    }

    /**
     * @param orders the submitted orders
     * @return the checked batch (no participant check)
     */
    public static OrderBatch of(List<Order> orders) {
        return of(orders, Optional.empty());
    }

    /**
     * @param orders the submitted orders
     * @param knownParticipants when present, orders from anybody else are rejected
     * @return the checked batch
     */
    public static OrderBatch of(List<Order> orders, Optional<Set<ParticipantId>> knownParticipants) {
        List<Order> valid = new ArrayList<>(orders.size());
        List<OrderRejection> rejections = new ArrayList<>();
        Set<OrderId> seen = new HashSet<>();
        for (Order o : orders) {
            if (!seen.add(o.id())) {
                rejections.add(new OrderRejection(o.id(), "id", "duplicate order id"));
            } else if (knownParticipants.isPresent() && !knownParticipants.get().contains(o.participant())) {
                rejections.add(new OrderRejection(o.id(), "participant", "unknown participant " + o.participant()));
            } else {
                valid.add(o);
            }
        }
        return new OrderBatch(valid, rejections);
    }

    /**
     * Canonical priority-free order of a batch: by submission time, then by id. Matchers that must not depend on
     * the list order start from this.
     *
     * @return the valid orders sorted by (time, id)
     */
    public List<Order> byTimeThenId() {
        List<Order> sorted = new ArrayList<>(valid);
        sorted.sort(Comparator.comparingLong(Order::time).thenComparing(Order::id));
        return Collections.unmodifiableList(sorted);
    }
}
