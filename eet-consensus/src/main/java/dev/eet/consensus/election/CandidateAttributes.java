package dev.eet.consensus.election;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.Candidate;
import dev.eet.api.consensus.NodeId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a candidate's attributes with errors that name the node and the attribute
 * ({@code "node 3: capacity: must be within [0, 10], was 12"}).
 */
public final class CandidateAttributes {
    private final NodeId node;
    private final Candidate candidate;
    private final Keys keys;
    private final String[] values;

    /**
     * The attribute names a policy reads, so that a candidate's attributes can be taken in one pass over its
     * {@link dev.eet.api.spi.Config} instead of one sorted-map lookup per read.
     */
    public static final class Keys {
        private final Map<String, Integer> slots = new HashMap<>();

        private Keys(String... names) {
            for (String n : names) {
                slots.putIfAbsent(n, slots.size());
            }
        }

        /**
         * @param names the attribute names
         * @return the key set
         */
        public static Keys of(String... names) {
            return new Keys(names);
        }
    }

    /**
     * @param candidate the candidate to read
     */
    public CandidateAttributes(Candidate candidate) {
        this.candidate = candidate;
        this.node = candidate.node();
        this.keys = null;
        this.values = null;
    }

    /**
     * Reads the attributes named in {@code keys} in one pass (others are still found, more slowly).
     *
     * @param candidate the candidate to read
     * @param keys the attribute names the caller will ask for
     */
    public CandidateAttributes(Candidate candidate, Keys keys) {
        this.candidate = candidate;
        this.node = candidate.node();
        this.keys = keys;
        this.values = new String[keys.slots.size()];
        for (Map.Entry<String, String> e : candidate.attributes().asMap().entrySet()) {
            Integer slot = keys.slots.get(e.getKey());
            if (slot != null) {
                values[slot] = e.getValue();
            }
        }
    }

    /** @return the raw value of an attribute, or null */
    private String raw(String key) {
        if (keys != null) {
            Integer slot = keys.slots.get(key);
            if (slot != null) {
                return values[slot];
            }
        }
        return candidate.attributes().find(key).orElse(null);
    }

    /** The error subject, built only when an error is reported. */
    private String subject() {
        return "node " + node;
    }

    /** @return the candidate's node */
    public NodeId node() {
        return node;
    }

    /**
     * @param key the attribute name
     * @return whether it is set
     */
    public boolean has(String key) {
        return raw(key) != null;
    }

    /**
     * @param key the attribute name
     * @return its value as a finite double
     * @throws InvalidArgumentException naming the node and the attribute if missing or not a number
     */
    public double number(String key) {
        String raw = raw(key);
        if (raw == null) {
            throw new InvalidArgumentException(subject(), key, "is required");
        }
        return parse(key, raw);
    }

    /**
     * @param key the attribute name
     * @return its value, if set
     */
    public Optional<Double> optionalNumber(String key) {
        return Optional.ofNullable(raw(key)).map(raw -> parse(key, raw));
    }

    /**
     * @param key the attribute name
     * @return its value, required and not negative
     */
    public double nonNegative(String key) {
        return checkNonNegative(key, number(key));
    }

    /**
     * @param key the attribute name
     * @param fallback the value when it is not set
     * @return its value (not negative) or the fallback
     */
    public double nonNegative(String key, double fallback) {
        String raw = raw(key);
        return raw != null ? checkNonNegative(key, parse(key, raw)) : fallback;
    }

    /**
     * @param key the attribute name
     * @param min lowest allowed value
     * @param max highest allowed value
     * @return its value, required and within {@code [min, max]}
     */
    public double within(String key, double min, double max) {
        double v = number(key);
        if (v < min || v > max) {
            throw new InvalidArgumentException(subject(), key,
                    "must be within [" + Scores.format(min) + ", " + Scores.format(max) + "], was " + Scores.format(v));
        }
        return v;
    }

    /**
     * @param key the attribute name
     * @param fallback the value when it is not set
     * @return {@code true} or {@code false}
     */
    public boolean flag(String key, boolean fallback) {
        String raw = raw(key);
        if (raw == null) {
            return fallback;
        }
        String v = raw.trim();
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("false")) {
            return false;
        }
        throw new InvalidArgumentException(subject(), key, "must be true or false, was '" + v + "'");
    }

    /**
     * @param key the attribute name
     * @return the raw text, if set
     */
    public Optional<String> text(String key) {
        return Optional.ofNullable(raw(key)).map(String::trim);
    }

    /**
     * @param key the attribute name
     * @param problem what is wrong
     * @return an exception naming this node and the attribute
     */
    public InvalidArgumentException invalid(String key, String problem) {
        return new InvalidArgumentException(subject(), key, problem);
    }

    /**
     * Fast path of {@link Double#parseDouble} for plain decimal integers of up to 15 digits with an optional sign
     * (exactly representable, so the result is the same double, {@code -0} included).
     *
     * @return the value, or NaN when the text is not such an integer
     */
    static double plainInteger(String text) {
        int len = text.length();
        int start = len > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        if (len == start || len - start > 15) {
            return Double.NaN;
        }
        long v = 0;
        for (int i = start; i < len; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Double.NaN;
            }
            v = v * 10 + (c - '0');
        }
        return text.charAt(0) == '-' ? -(double) v : (double) v;
    }

    private double checkNonNegative(String key, double v) {
        if (v < 0) {
            throw new InvalidArgumentException(subject(), key, "must not be negative, was " + Scores.format(v));
        }
        return v;
    }

    private double parse(String key, String raw) {
        String text = raw.trim();
        double whole = plainInteger(text);
        if (!Double.isNaN(whole)) {
            return whole;
        }
        try {
            double d = Double.parseDouble(text);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException(subject(), key, "must be a finite number, was '" + raw + "'");
        }
    }
}
