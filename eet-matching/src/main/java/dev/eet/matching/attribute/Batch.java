package dev.eet.matching.attribute;

import dev.eet.api.matching.OrderBatch;
import dev.eet.api.matching.OrderRejection;
import dev.eet.api.model.InvalidOrderException;
import dev.eet.api.model.Order;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A batch checked by {@link OrderBatch} (duplicate ids), in canonical (time, id) order, whose orders' preferences
 * were each read by a mechanism: an order whose preferences are bad is rejected with the named field and takes
 * no part; nothing else changes.
 *
 * @param orders the valid orders in canonical order
 * @param attributes the mechanism's reading of each order, same index
 * @param rejections the orders left out, batch checks first, then preference problems in canonical order
 * @param <A> the mechanism's per-order attributes
 */
public record Batch<A>(List<Order> orders, List<A> attributes, List<OrderRejection> rejections) {

    /** Copies the lists. */
    public Batch {
        orders = List.copyOf(orders);
        attributes = List.copyOf(attributes);
        rejections = List.copyOf(rejections);
    }

    /**
     * @param submitted the orders as submitted, any list order
     * @param reader reads one order's attributes, throwing {@link InvalidOrderException} on bad preferences
     * @param <A> the attribute type
     * @return the checked batch
     */
    public static <A> Batch<A> of(List<Order> submitted, Function<Order, A> reader) {
        OrderBatch batch = OrderBatch.of(submitted);
        List<OrderRejection> rejections = new ArrayList<>(batch.rejections());
        List<Order> valid = new ArrayList<>();
        List<A> attributes = new ArrayList<>();
        for (Order o : batch.byTimeThenId()) {
            try {
                attributes.add(reader.apply(o));
                valid.add(o);
            } catch (InvalidOrderException e) {
                rejections.add(new OrderRejection(o.id(), e.field(), e.problem()));
            }
        }
        return new Batch<>(valid, attributes, rejections);
    }
}
