package dev.eet.examples.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.eet.api.model.GridTrade;
import dev.eet.api.model.Side;
import dev.eet.api.model.Trade;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import dev.eet.examples.chart.BarChart;
import dev.eet.examples.chart.LineChart;
import dev.eet.examples.cli.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a demo run's report into a directory: {@code report.html} (self-contained: inline CSS and inline SVG
 * charts from {@link dev.eet.examples.chart}, no script, font or link to anything outside the file),
 * {@code summary.json} ({@link DemoSummary#toJson()}) and {@code trades.csv} (every peer and grid trade, by period).
 * Same record, same bytes.
 */
public final class DemoReport {
    /** The file names. */
    public static final String HTML = "report.html";
    /** The summary file. */
    public static final String SUMMARY = "summary.json";
    /** The trades file. */
    public static final String TRADES = "trades.csv";
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private DemoReport() {
    }

    /**
     * @param record the run
     * @param dir the output directory (created if missing)
     * @return the files written: report.html, summary.json, trades.csv
     * @throws IOException if a file cannot be written
     */
    public static List<Path> write(DemoRecord record, Path dir) throws IOException {
        Files.createDirectories(dir);
        DemoSummary summary = DemoSummary.of(record);
        Path html = dir.resolve(HTML);
        Path json = dir.resolve(SUMMARY);
        Path csv = dir.resolve(TRADES);
        Files.writeString(json, summaryJson(summary), StandardCharsets.UTF_8);
        Files.writeString(csv, tradesCsv(record), StandardCharsets.UTF_8);
        Files.writeString(html, html(record, summary), StandardCharsets.UTF_8);
        return List.of(html, json, csv);
    }

    /**
     * @param summary a summary
     * @return {@code summary.json}'s text (indented, final newline)
     */
    public static String summaryJson(DemoSummary summary) {
        try {
            return Json.MAPPER.writeValueAsString(summary.toJson()) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the summary", e);
        }
    }

    /**
     * @param record a run
     * @return {@code trades.csv}: {@code period,start,kind,seller,buyer,quantityKwh,price,amount,round,sellOrder,buyOrder};
     *     peer trades then grid trades per period; the grid is {@code GRID}; numbers exact
     */
    public static String tradesCsv(DemoRecord record) {
        StringBuilder b = new StringBuilder("period,start,kind,seller,buyer,quantityKwh,price,amount,round,sellOrder,buyOrder\n");
        for (PeriodRecord p : record.periods()) {
            String start = start(record.setup(), p.period()).toString();
            for (Trade t : p.trades()) {
                b.append(p.period()).append(',').append(start).append(",peer,").append(csv(t.seller().value()))
                        .append(',').append(csv(t.buyer().value())).append(',').append(plain(t.quantity().toKwh()))
                        .append(',').append(plain(t.price().toDecimal())).append(',').append(plain(t.amount().toDecimal()))
                        .append(',').append(t.round()).append(',').append(csv(t.sellOrder().value())).append(',')
                        .append(csv(t.buyOrder().value())).append('\n');
            }
            for (GridTrade g : p.gridTrades()) {
                boolean buy = g.side() == Side.BUY;
                String who = csv(g.participant().value());
                b.append(p.period()).append(',').append(start).append(",grid,").append(buy ? "GRID" : who).append(',')
                        .append(buy ? who : "GRID").append(',').append(plain(g.quantity().toKwh())).append(',')
                        .append(plain(g.price().toDecimal())).append(',').append(plain(g.amount().toDecimal()))
                        .append(",,").append(buy ? "" : csv(g.order().value())).append(',')
                        .append(buy ? csv(g.order().value()) : "").append('\n');
            }
        }
        return b.toString();
    }

    private static Instant start(DemoSetup setup, int period) {
        return setup.start().plus(setup.periodLength().multipliedBy(period));
    }

    private static String csv(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    private static String plain(BigDecimal v) {
        return Json.exact(v).toPlainString();
    }

    /**
     * @param record a run
     * @param summary its summary
     * @return the self-contained HTML report
     */
    public static String html(DemoRecord record, DemoSummary summary) {
        DemoSetup setup = record.setup();
        List<PeriodFigures> figures = new ArrayList<>();
        record.periods().forEach(p -> figures.add(PeriodFigures.of(p, setup)));
        Function<BigDecimal, String> clock = v -> {
            double k = v.doubleValue();
            long minutes = Math.round(k * setup.periodLength().toSeconds() / 60.0);
            return HHMM.format(setup.start().plus(Duration.ofMinutes(minutes)));
        };
        BigDecimal step = timeStep(setup);
        StringBuilder h = new StringBuilder(256 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>EET demo report</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:24px auto;max-width:800px;color:#222}\n")
                .append("table{border-collapse:collapse;margin:12px 0}td,th{border-bottom:1px solid #ddd;padding:3px 10px;")
                .append("text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}\n")
                .append("figure{margin:18px 0}figcaption{color:#555;font-size:13px}code{font-size:13px}\n")
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>EET demo report</h1>\n<p>").append(esc(summary.participants() + " participants, "
                + summary.periods() + " periods of " + setup.periodLength().toMinutes() + " minutes from "
                + setup.start() + ", " + summary.nodes() + " node(s), matcher " + summary.matcher() + ", seed "
                + summary.seed())).append(".</p>\n");
        summaryTable(h, summary);
        figure(h, priceChart(figures, record, clock, step), "Volume-weighted mean peer price per period (periods with peer "
                + "trades), against the grid's retail and feed-in prices.");
        figure(h, volumeChart(figures, clock, step), "Energy per period: traded peer to peer, imported from and exported to "
                + "the grid (clearing plus metered residuals).");
        figure(h, powerChart(figures, setup, clock, step), "Mean power per participant class (+ supply, - consumption), "
                + "from the metered actuals.");
        figure(h, balanceChart(summary), "Final balance per participant (+ received, - paid). The grid's balance is "
                + plain(summary.balances().getOrDefault(AccountId.GRID, Money.ZERO).toDecimal()) + "; all balances "
                + "sum to zero: " + summary.moneyConserved() + ".");
        String latency = latencyChart(record, clock, step);
        if (latency == null) {
            h.append("<p>No consensus latency samples were recorded (an in-process run without consensus nodes).</p>\n");
        } else {
            figure(h, latency, "Median consensus latency per period (order in to committed), "
                    + summary.latency().samples() + " samples.");
        }
        h.append("<p>Files: <code>summary.json</code>, <code>trades.csv</code>. Money and energy are exact "
                + "(6 decimals, HALF_EVEN); charts plot them as coordinates.</p>\n</body>\n</html>\n");
        return h.toString();
    }

    /** Tick every 1, 2, 3, 6, 12 or 24 hours (in periods), whichever gives at most 8 ticks over the run. */
    private static BigDecimal timeStep(DemoSetup setup) {
        long minutes = Math.max(1, setup.periodLength().toMinutes());
        long span = minutes * setup.periods();
        for (long hours : new long[] {1, 2, 3, 6, 12, 24}) {
            if (span / (hours * 60) <= 8 && hours * 60 % minutes == 0) {
                return BigDecimal.valueOf(hours * 60 / minutes);
            }
        }
        return null;
    }

    private static void summaryTable(StringBuilder h, DemoSummary s) {
        h.append("<table>\n");
        for (String line : s.toText().split("\n")) {
            int gap = line.indexOf("  ");
            String name = gap < 0 ? line : line.substring(0, gap).trim();
            String value = gap < 0 ? "" : line.substring(gap).trim();
            h.append("<tr><th>").append(esc(name)).append("</th><td class=\"n\">").append(esc(value))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void figure(StringBuilder h, String svg, String caption) {
        h.append("<figure>\n").append(svg).append("<figcaption>").append(esc(caption)).append("</figcaption>\n</figure>\n");
    }

    private static String priceChart(List<PeriodFigures> figures, DemoRecord record,
                                     Function<BigDecimal, String> clock, BigDecimal step) {
        List<Double> x = new ArrayList<>();
        List<Double> price = new ArrayList<>();
        for (PeriodFigures f : figures) {
            if (f.peer().isPositive()) {
                x.add((double) f.period());
                price.add(f.peerMoney().toDecimal().divide(f.peer().toKwh(), 6, RoundingMode.HALF_EVEN).doubleValue());
            }
        }
        if (x.isEmpty()) {
            return "<p>No peer trades, so no peer price to chart.</p>\n";
        }
        double retail = record.setup().tariff().retail().toDecimal().doubleValue();
        double feedIn = record.setup().tariff().feedIn().toDecimal().doubleValue();
        return LineChart.builder("Peer price per period").xLabel("time of day (UTC)").yLabel("price per kWh").x(x)
                .series("peer (volume-weighted)", price).series("grid retail", x.stream().map(v -> retail).toList())
                .series("grid feed-in", x.stream().map(v -> feedIn).toList()).xTickLabel(clock).xTickStep(step)
                .build().toSvg();
    }

    private static String volumeChart(List<PeriodFigures> figures, Function<BigDecimal, String> clock, BigDecimal step) {
        List<Double> x = new ArrayList<>();
        List<Double> peer = new ArrayList<>();
        List<Double> imp = new ArrayList<>();
        List<Double> exp = new ArrayList<>();
        for (PeriodFigures f : figures) {
            x.add((double) f.period());
            peer.add(kwh(f.peer()));
            imp.add(kwh(f.gridImport()));
            exp.add(kwh(f.gridExport()));
        }
        return LineChart.builder("Volume per period").xLabel("time of day (UTC)").yLabel("kWh per period").x(x)
                .series("peer to peer", peer).series("grid import", imp).series("grid export", exp)
                .xTickLabel(clock).xTickStep(step).build().toSvg();
    }

    private static String powerChart(List<PeriodFigures> figures, DemoSetup setup,
                                     Function<BigDecimal, String> clock, BigDecimal step) {
        BigDecimal hours = BigDecimal.valueOf(setup.periodLength().toSeconds()).divide(BigDecimal.valueOf(3600), 6,
                RoundingMode.HALF_EVEN);
        List<Double> x = new ArrayList<>();
        figures.forEach(f -> x.add((double) f.period()));
        LineChart.Builder b = LineChart.builder("Power per participant class").xLabel("time of day (UTC)")
                .yLabel("mean kW (+ supply)").x(x).xTickLabel(clock).xTickStep(step);
        for (ParticipantClass c : ParticipantClass.values()) {
            if (!setup.participants().containsValue(c)) {
                continue;
            }
            List<Double> kw = new ArrayList<>();
            for (PeriodFigures f : figures) {
                kw.add(f.classNet().get(c).toKwh().divide(hours, 6, RoundingMode.HALF_EVEN).doubleValue());
            }
            b.series(c.name().toLowerCase(Locale.ROOT), kw);
        }
        return b.build().toSvg();
    }

    private static String balanceChart(DemoSummary s) {
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Map.Entry<AccountId, Money> e : s.balances().entrySet()) {
            AccountId id = e.getKey();
            if (id.equals(AccountId.GRID) || id.equals(AccountId.FEE_POOL) || id.equals(AccountId.REWARD_POOL)) {
                continue;
            }
            names.add(id.value());
            values.add(e.getValue().toDecimal().doubleValue());
        }
        if (names.isEmpty()) {
            return "<p>No participant balances to chart.</p>\n";
        }
        return BarChart.builder("Balance per participant").xLabel("participant").yLabel("money").categories(names)
                .series("balance", values).build().toSvg();
    }

    private static String latencyChart(DemoRecord record, Function<BigDecimal, String> clock, BigDecimal step) {
        List<Double> x = new ArrayList<>();
        List<Double> ms = new ArrayList<>();
        for (PeriodRecord p : record.periods()) {
            if (p.latency().isEmpty()) {
                continue;
            }
            List<Long> micros = new ArrayList<>();
            p.latency().forEach(d -> micros.add(d.toNanos() / 1000));
            micros.sort(null);
            x.add((double) p.period());
            ms.add(micros.get((micros.size() - 1) / 2) / 1000.0);
        }
        if (x.isEmpty()) {
            return null;
        }
        return LineChart.builder("Consensus latency").xLabel("time of day (UTC)").yLabel("median ms").x(x)
                .series("median latency", ms).xTickLabel(clock).xTickStep(step).markers(x.size() <= 24).build().toSvg();
    }

    private static double kwh(Energy e) {
        return e.toKwh().doubleValue();
    }

    private static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
