package dev.eet.examples.chart;

import dev.eet.api.InvalidArgumentException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A line chart: one polyline per series over shared, increasing x values, with nice ticks on both axes.
 *
 * <pre>{@code
 * String svg = LineChart.builder("Price per period").xLabel("period").yLabel("price per kWh")
 *         .x(xs).series("peer", prices).series("grid retail", retail).build().toSvg();
 * }</pre>
 */
public final class LineChart extends Chart {
    private final List<Double> x;
    private final Function<BigDecimal, String> xTickLabel;
    private final boolean markers;
    private final BigDecimal xStep;

    private LineChart(Builder b) {
        super(b.title, b.xLabel, b.yLabel, b.width, b.height, b.series);
        String subject = "chart '" + b.title + "'";
        if (b.x == null || b.x.isEmpty()) {
            throw new InvalidArgumentException(subject, "x", "at least one x value is required (the data is empty)");
        }
        this.x = List.copyOf(b.x);
        for (int i = 0; i < x.size(); i++) {
            if (!Double.isFinite(x.get(i))) {
                throw new InvalidArgumentException(subject, "x", "value #" + (i + 1) + " is " + x.get(i)
                        + "; every value must be a finite number");
            }
            if (i > 0 && x.get(i) <= x.get(i - 1)) {
                throw new InvalidArgumentException(subject, "x", "values must increase, but #" + (i + 1) + " ("
                        + x.get(i) + ") follows " + x.get(i - 1));
            }
        }
        for (Series s : series()) {
            s.check(b.title, x.size());
        }
        this.xTickLabel = b.xTickLabel;
        this.markers = b.markers;
        if (b.xStep != null && b.xStep.signum() <= 0) {
            throw new InvalidArgumentException(subject, "xTickStep", "must be positive, was " + b.xStep);
        }
        this.xStep = b.xStep;
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
        return valueRange(series());
    }

    @Override
    int bottomMargin() {
        return 46;
    }

    @Override
    void drawMarks(Svg svg, Plot plot) {
        double x0 = x.get(0);
        double x1 = x.get(x.size() - 1);
        Ticks ticks = xStep == null ? Ticks.nice(x0, x1, Math.max(2, (int) (plot.width() / 90)))
                : Ticks.withStep(x0, x1, xStep);
        if (x0 == x1) {
            x0 = ticks.min().doubleValue();
            x1 = ticks.max().doubleValue();
        }
        final double lo = x0;
        final double span = x1 - x0;
        Function<Double, Double> px = v -> plot.left() + (v - lo) / span * plot.width();
        for (BigDecimal t : ticks.values()) {
            double v = t.doubleValue();
            if (v < x0 - span * 1e-9 || v > x1 + span * 1e-9) {
                continue;
            }
            double p = px.apply(v);
            svg.line(p, plot.bottom(), p, plot.bottom() + 5, "#888888", 1);
            String label = xTickLabel == null ? ticks.label(t) : xTickLabel.apply(t);
            svg.label(p, plot.bottom() + 18, "middle", label, 11, 0, null);
        }
        for (int i = 0; i < series().size(); i++) {
            Series s = series().get(i);
            StringBuilder points = new StringBuilder();
            for (int k = 0; k < x.size(); k++) {
                if (k > 0) {
                    points.append(' ');
                }
                points.append(Svg.num(px.apply(x.get(k)))).append(',').append(Svg.num(plot.y(s.values().get(k))));
            }
            svg.raw("<polyline").attr("fill", "none").attr("stroke", colour(i)).attr("stroke-width", "2")
                    .attr("stroke-linejoin", "round").attr("points", points.toString()).raw(">");
            svg.raw("<title>").text(s.name()).raw("</title></polyline>\n");
            if (markers || x.size() == 1) {
                for (int k = 0; k < x.size(); k++) {
                    svg.raw("<circle").attr("cx", px.apply(x.get(k))).attr("cy", plot.y(s.values().get(k)))
                            .attr("r", 3).attr("fill", colour(i)).raw("/>\n");
                }
            }
        }
    }

    /** Builds a {@link LineChart}; size defaults to 760 x 360 px. */
    public static final class Builder {
        private final String title;
        private String xLabel = "";
        private String yLabel = "";
        private int width = 760;
        private int height = 360;
        private List<Double> x;
        private final List<Series> series = new ArrayList<>();
        private Function<BigDecimal, String> xTickLabel;
        private boolean markers;
        private BigDecimal xStep;

        private Builder(String title) {
            this.title = Objects.requireNonNull(title, "title");
        }

        /**
         * @param label the x axis label
         * @return this
         */
        public Builder xLabel(String label) {
            this.xLabel = Objects.requireNonNull(label, "label");
            return this;
        }

        /**
         * @param label the y axis label
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
         * @param values the x values, increasing
         * @return this
         */
        public Builder x(List<Double> values) {
            this.x = values;
            return this;
        }

        /**
         * @param name legend label
         * @param values y values, one per x
         * @return this
         */
        public Builder series(String name, List<Double> values) {
            series.add(new Series(name, values));
            return this;
        }

        /**
         * @param format turns an x tick value into its label (e.g. a period number into a time of day)
         * @return this
         */
        public Builder xTickLabel(Function<BigDecimal, String> format) {
            this.xTickLabel = format;
            return this;
        }

        /**
         * @param step a fixed distance between x ticks instead of the automatic nice step (e.g. 12 periods = 3 h)
         * @return this
         */
        public Builder xTickStep(BigDecimal step) {
            this.xStep = step;
            return this;
        }

        /**
         * @param on draw a dot at every point
         * @return this
         */
        public Builder markers(boolean on) {
            this.markers = on;
            return this;
        }

        /**
         * @return the chart
         * @throws dev.eet.api.InvalidArgumentException naming the chart, series and value on empty, NaN or
         *     mis-sized data
         */
        public LineChart build() {
            return new LineChart(this);
        }
    }
}
