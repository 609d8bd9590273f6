package dev.eet.examples.settle;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eet.api.InvalidArgumentException;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.value.Energy;
import dev.eet.api.value.FixedPoint;
import dev.eet.api.value.Price;
import dev.eet.examples.cli.Json;
import dev.eet.settlement.async.MatrixEntry;
import dev.eet.settlement.async.PriceMatrix;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The input of {@code eet settle} (node.md): {@code {"cycle", "gridPrice", "supply": [{"user", "kwh"}],
 * "consumption": [{"user", "kwh"}], "priceMatrix": [{"seller", "buyer", "priority", "price"}]}}. Every field is
 * required (lists may be empty); numbers are JSON numbers with at most 6 decimals; kWh and prices are not
 * negative; a user appears at most once across supply and consumption (one net upload per cycle); matrix cells
 * name known users and are unique. Unknown fields are rejected. Every problem is an
 * {@link InvalidArgumentException} naming the element and the field, e.g.
 * {@code supply[2] (user B): kwh: must not be negative, was -3}.
 *
 * @param cycle the cycle number
 * @param gridPrice the grid price
 * @param supply supplied kWh per user, in input order
 * @param consumption consumed kWh per user, in input order
 * @param matrix the price/priority matrix
 */
public record SettleInput(long cycle, Price gridPrice, Map<ParticipantId, Energy> supply,
                          Map<ParticipantId, Energy> consumption, PriceMatrix matrix) {

    private static final Set<String> TOP = Set.of("cycle", "gridPrice", "supply", "consumption", "priceMatrix");
    private static final Set<String> UPLOAD = Set.of("user", "kwh");
    private static final Set<String> CELL = Set.of("seller", "buyer", "priority", "price");

    /**
     * @param root the parsed document
     * @return the checked input
     * @throws InvalidArgumentException naming the element and field
     */
    public static SettleInput parse(JsonNode root) {
        if (!root.isObject()) {
            throw new InvalidArgumentException("input", "(root)",
                    "must be a JSON object with cycle, gridPrice, supply, consumption and priceMatrix");
        }
        Json.requireKnownFields(root, TOP, "input");
        JsonNode cycleNode = required(root, "input", "cycle");
        if (!cycleNode.isIntegralNumber() || !cycleNode.canConvertToLong() || cycleNode.asLong() < 0) {
            throw new InvalidArgumentException("input", "cycle", "must be a whole number >= 0, was " + cycleNode);
        }
        Price gridPrice = Price.ofMicros(units(required(root, "input", "gridPrice"), "input", "gridPrice"));
        Map<ParticipantId, Energy> supply = uploads(root, "supply");
        Map<ParticipantId, Energy> consumption = uploads(root, "consumption");
        for (Map.Entry<ParticipantId, Energy> c : consumption.entrySet()) {
            if (supply.containsKey(c.getKey())) {
                throw new InvalidArgumentException("consumption (user " + c.getKey() + ")", "user",
                        "also appears in supply: give one net upload per user and cycle");
            }
        }
        JsonNode cells = array(root, "priceMatrix");
        PriceMatrix.Builder matrix = PriceMatrix.builder();
        for (int i = 0; i < cells.size(); i++) {
            JsonNode cell = cells.get(i);
            String subject = "priceMatrix[" + i + "]";
            if (!cell.isObject()) {
                throw new InvalidArgumentException(subject, "(entry)", "must be a JSON object, was " + cell);
            }
            Json.requireKnownFields(cell, CELL, subject);
            ParticipantId seller = user(cell, subject, "seller");
            ParticipantId buyer = user(cell, subject, "buyer");
            subject = subject + " (" + seller + "->" + buyer + ")";
            for (var p : new ParticipantId[] {seller, buyer}) {
                if (!supply.containsKey(p) && !consumption.containsKey(p)) {
                    throw new InvalidArgumentException(subject, p == seller ? "seller" : "buyer",
                            "unknown user " + p + " (not in supply or consumption)");
                }
            }
            JsonNode priority = required(cell, subject, "priority");
            if (!priority.isIntegralNumber() || !priority.canConvertToInt() || priority.asInt() < 1) {
                throw new InvalidArgumentException(subject, "priority", "must be a whole number >= 1, was " + priority);
            }
            Price price = Price.ofMicros(units(required(cell, subject, "price"), subject, "price"));
            try {
                matrix.add(new MatrixEntry(seller, buyer, priority.asInt(), price));
            } catch (InvalidArgumentException e) {
                throw new InvalidArgumentException(subject, e.field(), e.problem());
            }
        }
        return new SettleInput(cycleNode.asLong(), gridPrice, supply, consumption, matrix.build());
    }

    private static Map<ParticipantId, Energy> uploads(JsonNode root, String field) {
        JsonNode list = array(root, field);
        Map<ParticipantId, Energy> out = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode u = list.get(i);
            String subject = field + "[" + i + "]";
            if (!u.isObject()) {
                throw new InvalidArgumentException(subject, "(entry)", "must be a JSON object, was " + u);
            }
            Json.requireKnownFields(u, UPLOAD, subject);
            ParticipantId user = user(u, subject, "user");
            subject = subject + " (user " + user + ")";
            Energy kwh = Energy.ofMicroKwh(units(required(u, subject, "kwh"), subject, "kwh"));
            if (out.putIfAbsent(user, kwh) != null) {
                throw new InvalidArgumentException(subject, "user", "duplicate: " + user + " already appears in "
                        + field);
            }
        }
        return out;
    }

    private static ParticipantId user(JsonNode node, String subject, String field) {
        JsonNode v = required(node, subject, field);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new InvalidArgumentException(subject, field, "must be a non-blank string, was " + v);
        }
        if (v.asText().equals(ParticipantId.GRID.value())) {
            throw new InvalidArgumentException(subject, field, "GRID is reserved for the grid");
        }
        return ParticipantId.of(v.asText());
    }

    private static JsonNode array(JsonNode root, String field) {
        JsonNode v = required(root, "input", field);
        if (!v.isArray()) {
            throw new InvalidArgumentException("input", field, "must be an array, was " + v.getNodeType());
        }
        return v;
    }

    private static JsonNode required(JsonNode node, String subject, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new InvalidArgumentException(subject, field, "is required");
        }
        return v;
    }

    private static long units(JsonNode v, String subject, String field) {
        if (!v.isNumber()) {
            throw new InvalidArgumentException(subject, field, "must be a number, was " + v);
        }
        BigDecimal d = v.decimalValue();
        if (d.signum() < 0) {
            throw new InvalidArgumentException(subject, field, "must not be negative, was " + d.toPlainString());
        }
        try {
            return FixedPoint.toUnitsExact(d, field);
        } catch (ArithmeticException e) {
            throw new InvalidArgumentException(subject, field, "must have at most " + FixedPoint.SCALE
                    + " decimals and fit the range, was " + d.toPlainString());
        }
    }
}
