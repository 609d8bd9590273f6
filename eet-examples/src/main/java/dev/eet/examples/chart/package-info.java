/**
 * A small, dependency-free SVG chart writer shared by the demo report (inline SVG in HTML) and the experiment
 * reproductions (standalone {@code .svg} files): {@link dev.eet.examples.chart.LineChart},
 * {@link dev.eet.examples.chart.BarChart} (single or grouped series, negative values), axes with
 * {@link dev.eet.examples.chart.Ticks nice ticks}, legend and title.
 *
 * <p>Output is deterministic (same data, same bytes: numbers are formatted with {@link java.util.Locale#ROOT} and a
 * fixed number of decimals), self-contained (no external fonts, CSS or scripts; the generic {@code sans-serif}
 * family) and well-formed XML with every text escaped. Chart coordinates are {@code double}s: charts draw values,
 * they never store or compare money. Empty data or NaN/infinite values are refused with a one-line
 * {@link dev.eet.api.InvalidArgumentException} naming the chart, the series and the value.
 */
package dev.eet.examples.chart;
