package dev.eet.api.model;

import dev.eet.api.InvalidArgumentException;

/**
 * Identifies an order; unique within one batch or book.
 *
 * @param value non-blank identifier
 */
public record OrderId(String value) implements Comparable<OrderId> {
    /** @throws InvalidArgumentException if the value is null or blank */
    public OrderId {
        if (value == null || value.isBlank()) {
            throw new InvalidArgumentException("order", "id", "must not be blank");
        }
    }

    /**
     * @param value the identifier
     * @return the id
     */
    public static OrderId of(String value) {
        return new OrderId(value);
    }

    @Override
    public int compareTo(OrderId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
