package dev.eet.examples.node;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eet.api.InvalidArgumentException;
import dev.eet.api.model.Location;
import dev.eet.api.model.Order;
import dev.eet.examples.cli.Json;
import java.math.BigDecimal;

/** Writes an {@link Order} as the {@code eet match} order object, the form the node's API and ledger take. */
public final class OrderJson {
    private OrderJson() {
    }

    /**
     * @param order an order (a {@link Location.GridNode} location cannot be written: the JSON has coordinates only)
     * @return {@code {"id", "participant", "side", "price", "reservePrice", "quantityKwh", ...}}; the time is not
     *     written (the chain orders orders)
     * @throws InvalidArgumentException if the order has a grid-node location
     */
    public static ObjectNode write(Order order) {
        ObjectNode o = Json.object().put("id", order.id().value()).put("participant", order.participant().value())
                .put("side", order.side().name());
        o.put("price", Json.exact(order.limit().toDecimal()));
        o.put("reservePrice", Json.exact(order.reserve().toDecimal()));
        o.put("quantityKwh", Json.exact(order.quantity().toKwh()));
        order.energyType().ifPresent(t -> o.put("energyType", t.name()));
        if (order.location().isPresent()) {
            if (!(order.location().get() instanceof Location.GeoPoint g)) {
                throw new InvalidArgumentException("order " + order.id(), "location",
                        "only latitude/longitude locations can be submitted");
            }
            o.put("latitude", BigDecimal.valueOf(g.latitude()));
            o.put("longitude", BigDecimal.valueOf(g.longitude()));
        }
        order.credit().ifPresent(c -> o.put("credit", c));
        if (!order.preferences().asMap().isEmpty()) {
            ObjectNode p = o.putObject("preferences");
            order.preferences().asMap().forEach(p::put);
        }
        return o;
    }
}
