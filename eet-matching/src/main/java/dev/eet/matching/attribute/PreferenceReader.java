package dev.eet.matching.attribute;

import dev.eet.api.model.EnergyType;
import dev.eet.api.model.InvalidOrderException;
import dev.eet.api.model.Order;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one order's mechanism-specific preferences. Every problem is an {@link InvalidOrderException} naming the
 * order and the field {@code preferences.<key>}, e.g. {@code order B1: preferences.alpha.price: must be in [0, 1],
 * was 2}; unknown keys are rejected so that typos do not pass silently.
 */
public final class PreferenceReader {
    private final Order order;

    /**
     * @param order the order whose preferences are read
     * @param known the keys the mechanism understands
     * @throws InvalidOrderException naming the first unknown key
     */
    public PreferenceReader(Order order, Set<String> known) {
        this.order = order;
        for (String key : order.preferences().asMap().keySet()) {
            if (!known.contains(key)) {
                throw fail(key, "unknown preference (known: " + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
    }

    /**
     * @param key the preference key
     * @param fallback the value when not set
     * @return a finite weight in [0, 1]
     */
    public double weight(String key, double fallback) {
        return number(key, fallback, 0, 1);
    }

    /**
     * @param key the preference key
     * @param fallback the value when not set
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @return a finite number in [min, max]
     */
    public double number(String key, double fallback, double min, double max) {
        Optional<String> raw = order.preferences().find(key);
        if (raw.isEmpty()) {
            return fallback;
        }
        double v = parse(key, raw.get());
        if (v < min || v > max) {
            throw fail(key, "must be in [" + plain(min) + ", " + plain(max) + "], was " + raw.get().trim());
        }
        return v;
    }

    /**
     * @param key the preference key
     * @return the comma-separated list of finite numbers, or empty when not set
     */
    public Optional<double[]> numbers(String key) {
        Optional<String> raw = order.preferences().find(key);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = raw.get().split(",", -1);
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            v[i] = parse(key, parts[i]);
            if (v[i] < 0 || v[i] > 1) {
                throw fail(key, "every weight must be in [0, 1], was " + parts[i].trim());
            }
        }
        return Optional.of(v);
    }

    /**
     * @param key the preference key
     * @param allowed the allowed names
     * @return the comma-separated names, each one of {@code allowed}, no repeats, or empty when not set
     */
    public Optional<List<String>> names(String key, List<String> allowed) {
        Optional<String> raw = order.preferences().find(key);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (String part : raw.get().split(",", -1)) {
            String name = part.trim();
            if (!allowed.contains(name)) {
                throw fail(key, "'" + name + "' is not one of " + String.join(", ", allowed));
            }
            if (out.contains(name)) {
                throw fail(key, "'" + name + "' is given twice");
            }
            out.add(name);
        }
        return Optional.of(out);
    }

    /**
     * @param key the preference key
     * @return the energy type, or empty when not set
     */
    public Optional<EnergyType> energyType(String key) {
        Optional<String> raw = order.preferences().find(key);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(EnergyType.valueOf(raw.get().trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw fail(key, "must be one of " + java.util.Arrays.toString(EnergyType.values())
                    + ", was '" + raw.get() + "'");
        }
    }

    /**
     * @param key the preference key
     * @param problem what is wrong
     * @return the exception naming the order and {@code preferences.<key>}
     */
    public InvalidOrderException fail(String key, String problem) {
        return new InvalidOrderException(order.id().value(), "preferences." + key, problem);
    }

    private double parse(String key, String raw) {
        try {
            double v = Double.parseDouble(raw.trim());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw fail(key, "must be a finite number, was '" + raw.trim() + "'");
        }
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
