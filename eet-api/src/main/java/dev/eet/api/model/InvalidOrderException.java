package dev.eet.api.model;

import dev.eet.api.InvalidArgumentException;

/** An order is invalid; the message names the order id and the field. */
public final class InvalidOrderException extends InvalidArgumentException {
    private static final long serialVersionUID = 1L;

    private final String orderId;

    /**
     * @param orderId the id of the offending order (or {@code "?"} if it has none)
     * @param field the field, using the JSON names ({@code quantityKwh}, {@code price}, {@code reservePrice},
     *              {@code side}, {@code id}, {@code participant})
     * @param problem what is wrong
     */
    public InvalidOrderException(String orderId, String field, String problem) {
        super("order " + orderId, field, problem);
        this.orderId = orderId;
    }

    /** @return the id of the offending order */
    public String orderId() {
        return orderId;
    }
}
