package dev.eet.examples.node;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eet.api.InvalidArgumentException;
import dev.eet.api.value.FixedPoint;
import java.math.BigDecimal;

/** Checked field access for {@link ExchangeTransaction#decode}: every problem names the field. */
final class PayloadFields {
    private final String subject;
    private final JsonNode node;

    PayloadFields(String subject, JsonNode node) {
        this.subject = subject;
        this.node = node;
        if (node == null || !node.isObject()) {
            throw new InvalidArgumentException(subject, "(object)", "must be a JSON object");
        }
    }

    long period() {
        JsonNode p = node.get("period");
        if (p == null || !p.canConvertToLong() || !p.isIntegralNumber() || p.asLong() < 1) {
            throw new InvalidArgumentException(subject, "period", "must be a whole number >= 1");
        }
        return p.asLong();
    }

    int integer(String field) {
        JsonNode p = node.get(field);
        if (p == null || !p.isIntegralNumber() || !p.canConvertToInt()) {
            throw new InvalidArgumentException(subject, field, "must be a whole number");
        }
        return p.asInt();
    }

    String text(String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new InvalidArgumentException(subject, field, "must be a non-blank string");
        }
        return v.asText();
    }

    long units(String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isNumber()) {
            throw new InvalidArgumentException(subject, field, "must be a number");
        }
        BigDecimal d = v.decimalValue();
        try {
            return FixedPoint.toUnitsExact(d, field);
        } catch (ArithmeticException e) {
            throw new InvalidArgumentException(subject, field, "must have at most 6 decimals and fit, was "
                    + d.toPlainString());
        }
    }

    JsonNode array(JsonNode root, String field) {
        JsonNode v = root.get(field);
        if (v == null || !v.isArray()) {
            throw new InvalidArgumentException(subject, field, "must be an array");
        }
        return v;
    }
}

