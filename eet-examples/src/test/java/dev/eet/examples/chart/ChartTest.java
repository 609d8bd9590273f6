package dev.eet.examples.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.InvalidArgumentException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SVG chart writer: well-formed, escaped, deterministic, nice ticks, clear errors. */
class ChartTest {
    @TempDir
    Path dir;

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder b = f.newDocumentBuilder();
        return b.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> texts(Document d) {
        List<String> out = new ArrayList<>();
        NodeList n = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        for (int i = 0; i < n.getLength(); i++) {
            out.add(n.item(i).getTextContent());
        }
        return out;
    }

    private static LineChart line(String title) {
        return LineChart.builder(title).xLabel("period").yLabel("price per kWh")
                .x(List.of(1.0, 2.0, 3.0, 4.0)).series("peer", List.of(0.47, 0.485, 0.505, 0.49))
                .series("grid retail", List.of(0.59, 0.59, 0.59, 0.59)).build();
    }

    @Test
    void lineChartIsWellFormedSvgWithTitleLegendAxesAndOnePolylinePerSeries() throws Exception {
        Document d = parse(line("Price per period").toSvg());
        Element root = d.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals(2, d.getElementsByTagNameNS("*", "polyline").getLength());
        List<String> t = texts(d);
        assertTrue(t.contains("Price per period"), t.toString());
        assertTrue(t.contains("peer") && t.contains("grid retail"), "legend: " + t);
        assertTrue(t.contains("period") && t.contains("price per kWh"), "axis labels: " + t);
        // y data 0.47 .. 0.59 in 5 intervals: step 0.025 -> 0.45 .. 0.6
        assertTrue(t.contains("0.450") && t.contains("0.600"), "y ticks: " + t);
        assertTrue(t.contains("1.0") && t.contains("2.5") && t.contains("4.0"), "x ticks: " + t);
    }

    @Test
    void noExternalResources() {
        String svg = line("x").toSvg() + BarChart.builder("b").categories(List.of("a"))
                .series("s", List.of(1.0)).build().toSvg();
        assertFalse(svg.contains("href"), "no links to fonts, images or scripts");
        assertFalse(svg.contains("<script"));
        assertFalse(svg.contains("<style"));
        assertFalse(svg.contains("@import"));
        assertFalse(svg.contains("url("));
    }

    @Test
    void niceTicks() {
        Ticks a = Ticks.nice(0, 0.97, 5);
        assertEquals(new BigDecimal("0.2"), a.step());
        assertEquals("[0, 0.2, 0.4, 0.6, 0.8, 1]", a.values().toString());
        assertEquals("0.0", a.label(a.values().get(0)));
        assertEquals("1.0", a.label(a.values().get(5)));

        Ticks b = Ticks.nice(-3.2, 47, 6);
        assertEquals(new BigDecimal("1E+1"), b.step());
        assertEquals(List.of("-10", "0", "10", "20", "30", "40", "50"), b.values().stream().map(b::label).toList());

        Ticks c = Ticks.nice(1, 96, 8);
        assertEquals(new BigDecimal("2E+1"), c.step());
        assertEquals(List.of("0", "20", "40", "60", "80", "100"), c.values().stream().map(c::label).toList());

        Ticks d = Ticks.nice(0.1, 0.3, 2);
        assertEquals("[0.1, 0.2, 0.3]", d.values().toString(), "exact decimals, no 0.30000000000000004");

        Ticks flat = Ticks.nice(5, 5, 5);
        assertTrue(flat.min().doubleValue() <= 5 && flat.max().doubleValue() > 5, flat.toString());
        Ticks zero = Ticks.nice(0, 0, 5);
        assertEquals("[0, 0.2, 0.4, 0.6, 0.8, 1]", zero.values().toString());
        assertEquals("axis: range: minimum 2.0 is above maximum 1.0",
                assertThrows(InvalidArgumentException.class, () -> Ticks.nice(2, 1, 5)).getMessage());
    }

    @Test
    void textIsEscapedAndRoundTripsThroughAnXmlParser() throws Exception {
        String nasty = "B&Q <script>alert('x')</script> \"quoted\"\u0001";
        LineChart c = LineChart.builder(nasty).xLabel("x < y").yLabel("a & b").x(List.of(0.0, 1.0))
                .series(nasty, List.of(1.0, 2.0)).series("other", List.of(2.0, 1.0)).build();
        String svg = c.toSvg();
        assertFalse(svg.contains("<script"), "markup in text must be escaped");
        Document d = parse(svg);
        List<String> t = texts(d);
        String expected = "B&Q <script>alert('x')</script> \"quoted\"\uFFFD";
        assertEquals(expected, t.get(0), "title text survives escaping (control characters become U+FFFD)");
        assertTrue(t.contains("x < y") && t.contains("a & b"), t.toString());
        BarChart b = BarChart.builder("bars").categories(List.of("<P1>", "P&2")).series("s", List.of(1.0, -1.0)).build();
        assertEquals(List.of("bars", "<P1>", "P&2"), texts(parse(b.toSvg())).stream()
                .filter(s -> s.equals("bars") || s.contains("P")).toList());
    }

    @Test
    void sameDataSameBytesWhateverTheDefaultLocale() throws Exception {
        Locale before = Locale.getDefault();
        String first = line("t").toSvg() + grouped().toSvg();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals(first, line("t").toSvg() + grouped().toSvg());
            Locale.setDefault(new Locale("ar", "EG"));
            assertEquals(first, line("t").toSvg() + grouped().toSvg());
        } finally {
            Locale.setDefault(before);
        }
        assertFalse(first.matches("(?s).*\\d,\\d\\d\".*"), "no decimal commas");
        Path f = dir.resolve("c.svg");
        line("t").writeTo(f);
        String file = Files.readString(f);
        assertTrue(file.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg"));
        parse(file);
    }

    private static BarChart grouped() {
        return BarChart.builder("Selections").xLabel("node").yLabel("count")
                .categories(List.of("1", "2", "3")).series("credit", List.of(900.0, 850.0, 10.0))
                .series("votes only", List.of(300.0, 310.0, 290.0)).build();
    }

    @Test
    void groupedBarsAndNegativeValues() throws Exception {
        Document d = parse(grouped().toSvg());
        // background + 2 legend swatches + 3 categories x 2 series
        assertEquals(1 + 2 + 6, d.getElementsByTagNameNS("*", "rect").getLength());
        BarChart balances = BarChart.builder("Balances").categories(List.of("P1", "P2", "GRID"))
                .series("balance", List.of(12.5, -30.0, 17.5)).build();
        Document b = parse(balances.toSvg());
        NodeList rects = b.getElementsByTagNameNS("*", "rect");
        // rects: background, P1, P2, GRID; the negative bar starts at the zero line and grows down
        Element p1 = (Element) rects.item(1);
        Element p2 = (Element) rects.item(2);
        double zeroOfP1 = Double.parseDouble(p1.getAttribute("y")) + Double.parseDouble(p1.getAttribute("height"));
        assertEquals(zeroOfP1, Double.parseDouble(p2.getAttribute("y")), 0.011, "P2 hangs from the zero line");
        assertTrue(Double.parseDouble(p2.getAttribute("height")) > Double.parseDouble(p1.getAttribute("height")));
        assertTrue(texts(b).contains("-30"), "axis reaches below zero: " + texts(b));
    }

    @Test
    void manyCategoriesAreRotatedAndThinnedButEveryBarIsDrawn() throws Exception {
        List<String> cats = new ArrayList<>();
        List<Double> vals = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            cats.add("participant-" + i);
            vals.add((double) i);
        }
        Document d = parse(BarChart.builder("many").categories(cats).series("v", vals).build().toSvg());
        assertEquals(1 + 120, d.getElementsByTagNameNS("*", "rect").getLength());
        long labels = texts(d).stream().filter(s -> s.startsWith("participant-")).count();
        assertTrue(labels > 10 && labels < 120, "thinned labels: " + labels);
        NodeList all = d.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getTextContent().startsWith("participant-")) {
                assertTrue(e.getAttribute("transform").startsWith("rotate(-45 "), "rotated: " + e.getAttribute("transform"));
            }
        }
    }

    @Test
    void emptyOrNonFiniteDataIsRefusedNamingChartSeriesAndValue() {
        assertEquals("chart 'p': series: at least one series is required",
                assertThrows(InvalidArgumentException.class,
                        () -> LineChart.builder("p").x(List.of(1.0)).build()).getMessage());
        assertEquals("chart 'p': x: at least one x value is required (the data is empty)",
                assertThrows(InvalidArgumentException.class,
                        () -> LineChart.builder("p").x(List.of()).series("s", List.of()).build()).getMessage());
        assertEquals("chart 'p': series 's': value #2 is NaN; every value must be a finite number",
                assertThrows(InvalidArgumentException.class, () -> LineChart.builder("p").x(List.of(1.0, 2.0))
                        .series("s", List.of(1.0, Double.NaN)).build()).getMessage());
        assertEquals("chart 'p': series 's': has 1 values, expected 2",
                assertThrows(InvalidArgumentException.class, () -> LineChart.builder("p").x(List.of(1.0, 2.0))
                        .series("s", List.of(1.0)).build()).getMessage());
        assertEquals("chart 'p': x: values must increase, but #2 (1.0) follows 1.0",
                assertThrows(InvalidArgumentException.class, () -> LineChart.builder("p").x(List.of(1.0, 1.0))
                        .series("s", List.of(1.0, 2.0)).build()).getMessage());
        assertEquals("chart 'b': categories: at least one category is required (the data is empty)",
                assertThrows(InvalidArgumentException.class, () -> BarChart.builder("b")
                        .series("s", List.of()).build()).getMessage());
        assertEquals("chart 'b': series 's': value #1 is Infinity; every value must be a finite number",
                assertThrows(InvalidArgumentException.class, () -> BarChart.builder("b").categories(List.of("a"))
                        .series("s", List.of(Double.POSITIVE_INFINITY)).build()).getMessage());
    }

    @Test
    void singlePointAndFlatSeriesStillDraw() throws Exception {
        Document d = parse(LineChart.builder("one").x(List.of(3.0)).series("s", List.of(0.0)).build().toSvg());
        assertEquals(1, d.getElementsByTagNameNS("*", "circle").getLength());
        parse(LineChart.builder("flat").x(List.of(1.0, 2.0)).series("s", List.of(7.0, 7.0)).build().toSvg());
    }

    @Test
    void readmeExampleRunsAsWritten() throws Exception {
        // --- as in eet-examples/README.md ---
        String svg = LineChart.builder("Peer price per period").xLabel("period").yLabel("price per kWh")
                .x(List.of(0.0, 1.0, 2.0)).series("peer", List.of(0.47, 0.45, 0.49)).build().toSvg();
        BarChart.builder("Balances").categories(List.of("pv-01", "house-01")).series("balance", List.of(3.5, -2.0))
                .build().writeTo(dir.resolve("balances.svg"));
        // --- end ---
        parse(svg);
        parse(Files.readString(dir.resolve("balances.svg")));
    }
}
