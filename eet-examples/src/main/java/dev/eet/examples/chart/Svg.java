package dev.eet.examples.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The low-level SVG text builder: escaped text, numbers at two decimals in {@link java.util.Locale#ROOT} style
 * (through {@link BigDecimal}, so output never depends on the default locale), elements appended in call order.
 */
final class Svg {
    private final StringBuilder out = new StringBuilder(8192);

    Svg raw(String s) {
        out.append(s);
        return this;
    }

    /** Appends {@code name="value"} with the value escaped, preceded by a space. */
    Svg attr(String name, String value) {
        out.append(' ').append(name).append("=\"").append(escape(value)).append('"');
        return this;
    }

    Svg attr(String name, double value) {
        out.append(' ').append(name).append("=\"").append(num(value)).append('"');
        return this;
    }

    Svg text(String s) {
        out.append(escape(s));
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double width) {
        raw("<line").attr("x1", x1).attr("y1", y1).attr("x2", x2).attr("y2", y2).attr("stroke", stroke)
                .attr("stroke-width", width).raw("/>\n");
        return this;
    }

    Svg rect(double x, double y, double w, double h, String fill) {
        raw("<rect").attr("x", x).attr("y", y).attr("width", w).attr("height", h).attr("fill", fill).raw("/>\n");
        return this;
    }

    /** A text element; {@code anchor} is start, middle or end; {@code rotate} degrees about (x, y), 0 for none. */
    Svg label(double x, double y, String anchor, String text, int size, double rotate, String weight) {
        raw("<text").attr("x", x).attr("y", y).attr("text-anchor", anchor).attr("font-size", size);
        if (weight != null) {
            attr("font-weight", weight);
        }
        if (rotate != 0) {
            attr("transform", "rotate(" + num(rotate) + " " + num(x) + " " + num(y) + ")");
        }
        raw(">").text(text).raw("</text>\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * @param v a finite coordinate
     * @return it rounded HALF_EVEN to two decimals, trailing zeros stripped, never {@code -0}
     */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalStateException("non-finite coordinate " + v);
        }
        BigDecimal d = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /**
     * @param s any text
     * @return it escaped for XML text and attribute values; characters XML 1.0 forbids become U+FFFD
     */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || Character.isSurrogate(c);
                    b.append(allowed ? c : '\uFFFD');
                }
            }
        }
        return b.toString();
    }
}
