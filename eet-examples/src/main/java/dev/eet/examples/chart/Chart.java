package dev.eet.examples.chart;

import dev.eet.api.InvalidArgumentException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A chart that renders itself as one self-contained SVG document: title, legend (when there is more than one
 * series), a y axis with {@link Ticks nice ticks} and grid lines, axis labels, and the marks of the subclass.
 * Same data, same bytes.
 */
public abstract sealed class Chart permits LineChart, BarChart {
    /** The fixed, colour-blind-safe palette (Okabe-Ito), used in series order and then repeated. */
    public static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7",
            "#56B4E9", "#8C6D1F", "#000000");
    static final int LEFT = 72;
    static final int RIGHT = 24;
    static final int TITLE_ROW = 34;
    static final int LEGEND_ROW = 18;

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final int width;
    private final int height;
    private final List<Series> series;

    Chart(String title, String xLabel, String yLabel, int width, int height, List<Series> series) {
        this.title = Objects.requireNonNull(title, "title");
        this.xLabel = Objects.requireNonNull(xLabel, "xLabel");
        this.yLabel = Objects.requireNonNull(yLabel, "yLabel");
        String subject = "chart '" + title + "'";
        if (width < 200 || height < 150) {
            throw new InvalidArgumentException(subject, "size", "must be at least 200 x 150 px, was " + width
                    + " x " + height);
        }
        this.width = width;
        this.height = height;
        this.series = List.copyOf(series);
        if (this.series.isEmpty()) {
            throw new InvalidArgumentException(subject, "series", "at least one series is required");
        }
    }

    /** @return the title */
    public String title() {
        return title;
    }

    /** @return the series in legend order */
    public List<Series> series() {
        return series;
    }

    /** @return the SVG document (UTF-8 text, no XML declaration so it can also be inlined in HTML) */
    public final String toSvg() {
        Svg svg = new Svg();
        svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\"").attr("width", width).attr("height", height)
                .attr("viewBox", "0 0 " + width + " " + height).attr("font-family", "sans-serif")
                .attr("font-size", "12").attr("role", "img").raw(">\n");
        svg.raw("<title>").text(title).raw("</title>\n");
        svg.rect(0, 0, width, height, "#ffffff");
        svg.label(width / 2.0, 22, "middle", title, 15, 0, "bold");
        int legendRows = legend(svg, false);
        double top = TITLE_ROW + legendRows * LEGEND_ROW + 8;
        double bottom = height - bottomMargin();
        double left = LEFT;
        double right = width - RIGHT;
        double[] range = yRange();
        Ticks y = Ticks.nice(range[0], range[1], 5);
        double y0 = y.min().doubleValue();
        double y1 = y.max().doubleValue();
        Plot plot = new Plot(left, top, right, bottom, y0, y1);
        for (BigDecimal t : y.values()) {
            double py = plot.y(t.doubleValue());
            svg.line(left, py, right, py, t.signum() == 0 ? "#888888" : "#e3e3e3", 1);
            svg.label(left - 6, py + 4, "end", y.label(t), 11, 0, null);
        }
        svg.line(left, top, left, bottom, "#888888", 1);
        drawMarks(svg, plot);
        svg.line(left, bottom, right, bottom, "#888888", 1);
        svg.label(16, (top + bottom) / 2, "middle", yLabel, 12, -90, null);
        svg.label((left + right) / 2, height - 8, "middle", xLabel, 12, 0, null);
        legend(svg, true);
        svg.raw("</svg>\n");
        return svg.toString();
    }

    /**
     * Writes {@link #toSvg()} as a standalone file (with an XML declaration), UTF-8.
     *
     * @param file the target file
     * @throws IOException if it cannot be written
     */
    public final void writeTo(Path file) throws IOException {
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + toSvg(), StandardCharsets.UTF_8);
    }

    /** @return the lowest and highest value the y axis must show */
    abstract double[] yRange();

    /** @return pixels below the plot area (tick labels and the x label) */
    abstract int bottomMargin();

    /** Draws the data marks and the x axis ticks. */
    abstract void drawMarks(Svg svg, Plot plot);

    static String colour(int i) {
        return PALETTE.get(i % PALETTE.size());
    }

    static double[] valueRange(List<Series> series) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (double v : s.values()) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return new double[] {lo, hi};
    }

    /** Legend under the title: one swatch and name per series, wrapped; none for a single series. */
    private int legend(Svg svg, boolean draw) {
        if (series.size() < 2) {
            return 0;
        }
        double x = LEFT;
        int row = 0;
        for (int i = 0; i < series.size(); i++) {
            String name = series.get(i).name();
            double w = 12 + 6 + name.length() * 6.6 + 18;
            if (x + w > width - RIGHT && x > LEFT) {
                row++;
                x = LEFT;
            }
            if (draw) {
                double y = TITLE_ROW + row * LEGEND_ROW;
                svg.rect(x, y, 12, 12, colour(i));
                svg.label(x + 18, y + 10, "start", name, 12, 0, null);
            }
            x += w;
        }
        return row + 1;
    }

    /** The plot area and the y mapping. */
    record Plot(double left, double top, double right, double bottom, double yMin, double yMax) {
        double y(double v) {
            return bottom - (v - yMin) / (yMax - yMin) * (bottom - top);
        }

        double width() {
            return right - left;
        }
    }
}
