package dev.eet.api.matching;

import dev.eet.api.model.OrderId;
import java.util.Objects;

/**
 * An order left out of a batch, with the field at fault and why.
 *
 * @param order the rejected order's id
 * @param field the field at fault, using the JSON names ({@code id}, {@code participant}, ...)
 * @param reason what is wrong
 */
public record OrderRejection(OrderId order, String field, String reason) {
    /** Checks for nulls. */
    public OrderRejection {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }

    /** @return {@code "order <id>: <field>: <reason>"} */
    public String message() {
        return "order " + order + ": " + field + ": " + reason;
    }
}
