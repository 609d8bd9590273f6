package dev.eet.examples.match;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eet.api.InvalidArgumentException;
import dev.eet.api.matching.OrderBatch;
import dev.eet.api.matching.OrderRejection;
import dev.eet.api.model.EnergyType;
import dev.eet.api.model.InvalidOrderException;
import dev.eet.api.model.Location;
import dev.eet.api.model.Order;
import dev.eet.api.model.Side;
import dev.eet.api.spi.Config;
import dev.eet.api.value.Energy;
import dev.eet.api.value.FixedPoint;
import dev.eet.api.value.Price;
import dev.eet.examples.cli.Json;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The input of {@code eet match} (node.md): {@code {"mechanism", "params", "orders"}}. Every problem is an
 * {@link InvalidArgumentException} with a one-line message naming the order and the field (for example
 * {@code order S1: quantityKwh: must be positive, was -3}); nothing is guessed.
 *
 * <p>Order fields: {@code id}, {@code participant}, {@code side} (BUY or SELL), {@code price},
 * {@code reservePrice}, {@code quantityKwh} (numbers with at most 6 decimals), optional {@code time} (ISO-8601
 * with offset, e.g. {@code 2026-11-21T10:00:00Z}, or a whole sequence number; give it on every order or on none,
 * in which case the array order is the submission order), {@code energyType}, {@code latitude} and
 * {@code longitude} (together), {@code credit}, {@code preferences} (an object; nested objects become dotted keys,
 * arrays comma-separated values). Unknown fields are rejected so that typos do not pass silently.
 *
 * @param mechanism the matcher name
 * @param params the matcher parameters, subject {@code matcher <name>}
 * @param orders the orders, checked for duplicate ids
 */
public record MatchInput(String mechanism, Config params, List<Order> orders) {

    private static final Set<String> TOP = Set.of("mechanism", "params", "orders");
    private static final Set<String> ORDER_FIELDS = Set.of("id", "participant", "side", "price", "reservePrice",
            "quantityKwh", "time", "energyType", "latitude", "longitude", "credit", "preferences");

    /** Copies the list. */
    public MatchInput {
        orders = List.copyOf(orders);
    }

    /**
     * @param root the parsed JSON document
     * @return the checked input
     * @throws InvalidArgumentException naming the order (or the top-level key) and the field
     */
    public static MatchInput parse(JsonNode root) {
        if (!root.isObject()) {
            throw new InvalidArgumentException("input", "(root)", "must be a JSON object with mechanism, params and orders");
        }
        Json.requireKnownFields(root, TOP, "input");
        JsonNode mech = root.get("mechanism");
        if (mech == null || mech.isNull()) {
            throw new InvalidArgumentException("input", "mechanism", "is required (a registered matcher name such as cda)");
        }
        if (!mech.isTextual()) {
            throw new InvalidArgumentException("input", "mechanism", "must be a string, was " + mech);
        }
        String mechanism = mech.asText();
        Config.Builder params = Config.builder("matcher " + mechanism);
        JsonNode p = root.get("params");
        if (p != null && !p.isNull()) {
            if (!p.isObject()) {
                throw new InvalidArgumentException("input", "params", "must be a JSON object, was " + p);
            }
            flatten("", p, params, "params");
        }
        JsonNode list = root.get("orders");
        if (list == null || list.isNull()) {
            throw new InvalidArgumentException("input", "orders", "is required (an array of orders)");
        }
        if (!list.isArray()) {
            throw new InvalidArgumentException("input", "orders", "must be an array, was " + list.getNodeType());
        }
        int withTime = 0;
        for (JsonNode o : list) {
            if (o.isObject() && o.has("time") && !o.get("time").isNull()) {
                withTime++;
            }
        }
        boolean timed = withTime > 0;
        List<Order> orders = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            orders.add(order(list.get(i), i, timed));
        }
        OrderBatch batch = OrderBatch.of(orders);
        if (!batch.rejections().isEmpty()) {
            OrderRejection r = batch.rejections().get(0);
            throw new InvalidOrderException(r.order().value(), r.field(), r.reason());
        }
        return new MatchInput(mechanism, params.build(), orders);
    }

    /**
     * Parses one order object exactly as {@link #parse} parses each element of {@code orders}, so the reference
     * node's {@code POST /orders} reports the same one-line errors as {@code eet match}. A {@code time}, when
     * given, is checked and kept; otherwise the time is 0.
     *
     * @param node one order object
     * @return the checked order
     * @throws InvalidArgumentException naming the order and the field
     */
    public static Order parseOrder(JsonNode node) {
        boolean timed = node != null && node.isObject() && node.has("time") && !node.get("time").isNull();
        return order(node, 0, timed);
    }

    private static Order order(JsonNode node, int index, boolean timed) {
        if (!node.isObject()) {
            throw new InvalidOrderException("#" + (index + 1), "(order)", "must be a JSON object, was " + node);
        }
        JsonNode idNode = node.get("id");
        if (idNode == null || idNode.isNull() || idNode.asText().isBlank() || !(idNode.isTextual() || idNode.isIntegralNumber())) {
            throw new InvalidOrderException("#" + (index + 1), "id", idNode == null || idNode.isNull()
                    ? "is required" : "must be a non-blank string, was " + idNode);
        }
        String id = idNode.asText();
        Json.requireKnownFields(node, ORDER_FIELDS, "order " + id);
        String participant = text(node, id, "participant", true);
        String sideText = text(node, id, "side", true);
        Side side;
        try {
            side = Side.valueOf(sideText.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidOrderException(id, "side", "must be BUY or SELL, was '" + sideText + "'");
        }
        Order.Builder b = Order.builder(id, participant, side);
        BigDecimal price = number(node, id, "price", true);
        b.limit(Price.ofMicros(units(price, id, "price")));
        BigDecimal reserve = number(node, id, "reservePrice", false);
        if (reserve != null) {
            b.reserve(Price.ofMicros(units(reserve, id, "reservePrice")));
        }
        BigDecimal qty = number(node, id, "quantityKwh", true);
        b.quantity(Energy.ofMicroKwh(units(qty, id, "quantityKwh")));
        b.time(timed ? time(node, id) : index);
        String type = text(node, id, "energyType", false);
        if (type != null) {
            try {
                b.energyType(EnergyType.valueOf(type.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidOrderException(id, "energyType", "must be one of "
                        + java.util.Arrays.toString(EnergyType.values()) + ", was '" + type + "'");
            }
        }
        BigDecimal lat = number(node, id, "latitude", false);
        BigDecimal lon = number(node, id, "longitude", false);
        if ((lat == null) != (lon == null)) {
            throw new InvalidOrderException(id, lat == null ? "latitude" : "longitude",
                    "is required together with " + (lat == null ? "longitude" : "latitude"));
        }
        if (lat != null) {
            try {
                b.location(new Location.GeoPoint(lat.doubleValue(), lon.doubleValue()));
            } catch (InvalidArgumentException e) {
                throw new InvalidOrderException(id, e.field(), e.problem());
            }
        }
        BigDecimal credit = number(node, id, "credit", false);
        if (credit != null) {
            b.credit(credit);
        }
        JsonNode prefs = node.get("preferences");
        if (prefs != null && !prefs.isNull()) {
            if (!prefs.isObject()) {
                throw new InvalidOrderException(id, "preferences", "must be a JSON object, was " + prefs);
            }
            Config.Builder c = Config.builder("order " + id + " preferences");
            flatten("", prefs, c, "order " + id + ": preferences");
            b.preferences(c.build());
        }
        return b.build();
    }

    private static long time(JsonNode node, String id) {
        JsonNode t = node.get("time");
        if (t == null || t.isNull()) {
            throw new InvalidOrderException(id, "time", "is missing while other orders give one (give every order a "
                    + "time, or none to use the array order)");
        }
        if (t.isIntegralNumber() && t.canConvertToLong()) {
            return t.asLong();
        }
        if (t.isTextual()) {
            try {
                return OffsetDateTime.parse(t.asText().trim()).toInstant().toEpochMilli();
            } catch (DateTimeParseException e) {
                // fall through
            }
        }
        throw new InvalidOrderException(id, "time", "must be an ISO-8601 date-time with offset (e.g. "
                + "2026-11-21T10:00:00Z) or a whole sequence number, was " + t);
    }

    private static String text(JsonNode node, String id, String field, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new InvalidOrderException(id, field, "is required");
            }
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new InvalidOrderException(id, field, "must be a non-blank string, was " + v);
        }
        return v.asText();
    }

    private static BigDecimal number(JsonNode node, String id, String field, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new InvalidOrderException(id, field, "is required");
            }
            return null;
        }
        if (!v.isNumber()) {
            throw new InvalidOrderException(id, field, "must be a number, was " + v);
        }
        return v.decimalValue();
    }

    private static long units(BigDecimal value, String id, String field) {
        try {
            return FixedPoint.toUnitsExact(value, field);
        } catch (ArithmeticException e) {
            throw new InvalidOrderException(id, field, value.stripTrailingZeros().scale() > FixedPoint.SCALE
                    ? "must have at most " + FixedPoint.SCALE + " decimal places, was " + value.toPlainString()
                    : "is too large, was " + value.toPlainString());
        }
    }

    private static void flatten(String prefix, JsonNode node, Config.Builder out, String subject) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            String key = prefix + e.getKey();
            JsonNode v = e.getValue();
            if (v.isObject()) {
                flatten(key + ".", v, out, subject);
            } else if (v.isArray()) {
                List<String> items = new ArrayList<>();
                for (JsonNode item : v) {
                    if (item.isContainerNode()) {
                        throw new InvalidArgumentException(subject, key, "arrays may hold only numbers, strings and booleans");
                    }
                    items.add(scalar(item));
                }
                out.put(key, String.join(",", items));
            } else if (!v.isNull()) {
                out.put(key, scalar(v));
            }
        }
    }

    private static String scalar(JsonNode v) {
        return v.isNumber() ? v.decimalValue().toPlainString() : v.asText();
    }
}
