package dev.eet.examples.chart;

import dev.eet.api.InvalidArgumentException;
import java.util.List;
import java.util.Objects;

/**
 * One named data series of a chart: the y values in x (or category) order. Values are chart coordinates
 * (doubles computed from exact values at the end), never stored amounts.
 *
 * @param name the legend label (any text; escaped when written)
 * @param values the values, all finite
 */
public record Series(String name, List<Double> values) {
    /** Copies the list and checks names and values. */
    public Series {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(Objects.requireNonNull(values, "values"));
    }

    /**
     * @param name the legend label
     * @param values the values
     * @return the series
     */
    public static Series of(String name, double... values) {
        return new Series(name, java.util.Arrays.stream(values).boxed().toList());
    }

    /**
     * @param chart the chart title, for the error
     * @param expectedSize the number of values required
     * @throws InvalidArgumentException {@code chart T: series N: ...} on a wrong size or a NaN/infinite value
     */
    void check(String chart, int expectedSize) {
        String subject = "chart '" + chart + "'";
        if (values.size() != expectedSize) {
            throw new InvalidArgumentException(subject, "series '" + name + "'", "has " + values.size()
                    + " values, expected " + expectedSize);
        }
        for (int i = 0; i < values.size(); i++) {
            double v = values.get(i);
            if (!Double.isFinite(v)) {
                throw new InvalidArgumentException(subject, "series '" + name + "'", "value #" + (i + 1)
                        + " is " + v + "; every value must be a finite number");
            }
        }
    }
}
