package dev.eet.examples.chart;

import dev.eet.api.InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A bar chart over named categories: one bar per category for a single series, side-by-side (grouped) bars for
 * several. Bars grow from zero, so negative values (e.g. a buyer's balance) point down; the y axis always includes
 * zero. Category labels are rotated when they would not fit and thinned out (every k-th shown) when there are more
 * than the axis can hold; each bar carries a tooltip with its category, series and value.
 */
public final class BarChart extends Chart {
    private final List<String> categories;
    private final boolean rotateLabels;
    private final int labelEvery;

    private BarChart(Builder b) {
        super(b.title, b.xLabel, b.yLabel, b.width, b.height, b.series);
        String subject = "chart '" + b.title + "'";
        if (b.categories.isEmpty()) {
            throw new InvalidArgumentException(subject, "categories", "at least one category is required (the data is empty)");
        }
        this.categories = List.copyOf(b.categories);
        for (Series s : series()) {
            s.check(b.title, categories.size());
        }
        double slot = (b.width - LEFT - RIGHT) / (double) categories.size();
        int longest = categories.stream().mapToInt(String::length).max().orElse(1);
        this.rotateLabels = longest * 6.6 > slot;
        double needed = rotateLabels ? 14 : longest * 6.6 + 6;
        this.labelEvery = Math.max(1, (int) Math.ceil(needed / slot));
    }

    /**
     * @param title the chart title
     * @return a builder
     */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    @Override
    double[] yRange() {
        double[] r = valueRange(series());
        return new double[] {Math.min(0, r[0]), Math.max(0, r[1])};
    }

    @Override
    int bottomMargin() {
        if (!rotateLabels) {
            return 46;
        }
        int longest = categories.stream().mapToInt(String::length).max().orElse(1);
        return (int) Math.min(120, 34 + Math.min(longest, 16) * 4.7);
    }

    @Override
    void drawMarks(Svg svg, Plot plot) {
        int n = categories.size();
        int m = series().size();
        double slot = plot.width() / n;
        double barWidth = slot * 0.8 / m;
        double zero = plot.y(0);
        for (int c = 0; c < n; c++) {
            double groupLeft = plot.left() + c * slot + slot * 0.1;
            for (int s = 0; s < m; s++) {
                Series series = series().get(s);
                double v = series.values().get(c);
                double py = plot.y(v);
                double top = Math.min(py, zero);
                double h = Math.abs(zero - py);
                svg.raw("<rect").attr("x", groupLeft + s * barWidth).attr("y", top).attr("width", barWidth)
                        .attr("height", h).attr("fill", colour(s)).raw(">");
                svg.raw("<title>").text(categories.get(c) + " - " + series.name() + ": " + Svg.num(v))
                        .raw("</title></rect>\n");
            }
            if (c % labelEvery == 0) {
                double cx = plot.left() + (c + 0.5) * slot;
                if (rotateLabels) {
                    svg.label(cx + 3, plot.bottom() + 10, "end", categories.get(c), 10, -45, null);
                } else {
                    svg.label(cx, plot.bottom() + 18, "middle", categories.get(c), 11, 0, null);
                }
            }
        }
    }

    /** Builds a {@link BarChart}; size defaults to 760 x 360 px. */
    public static final class Builder {
        private final String title;
        private String xLabel = "";
        private String yLabel = "";
        private int width = 760;
        private int height = 360;
        private final List<String> categories = new ArrayList<>();
        private final List<Series> series = new ArrayList<>();

        private Builder(String title) {
            this.title = Objects.requireNonNull(title, "title");
        }

        /**
         * @param label the category axis label
         * @return this
         */
        public Builder xLabel(String label) {
            this.xLabel = Objects.requireNonNull(label, "label");
            return this;
        }

        /**
         * @param label the value axis label
         * @return this
         */
        public Builder yLabel(String label) {
            this.yLabel = Objects.requireNonNull(label, "label");
            return this;
        }

        /**
         * @param w width px
         * @param h height px
         * @return this
         */
        public Builder size(int w, int h) {
            this.width = w;
            this.height = h;
            return this;
        }

        /**
         * @param names the categories, in display order
         * @return this
         */
        public Builder categories(List<String> names) {
            categories.clear();
            categories.addAll(names);
            return this;
        }

        /**
         * @param name legend label
         * @param values one value per category
         * @return this
         */
        public Builder series(String name, List<Double> values) {
            series.add(new Series(name, values));
            return this;
        }

        /**
         * @return the chart
         * @throws dev.eet.api.InvalidArgumentException naming the chart, series and value on empty, NaN or
         *     mis-sized data
         */
        public BarChart build() {
            return new BarChart(this);
        }
    }
}
