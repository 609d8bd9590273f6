package dev.eet.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.matching.MatcherProvider;
import dev.eet.api.model.GridTrade;
import dev.eet.api.model.Side;
import dev.eet.api.model.Trade;
import dev.eet.api.settlement.CompensationRuleProvider;
import dev.eet.api.settlement.ReputationRuleProvider;
import dev.eet.api.spi.Config;
import dev.eet.api.spi.ProviderRegistry;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import dev.eet.consensus.ledger.FileLedgerStore;
import dev.eet.examples.browser.HeadlessChromium;
import dev.eet.examples.node.ExchangeState;
import dev.eet.examples.node.NodeConfig;
import dev.eet.examples.node.PeriodSettlement;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eet demo} end to end through the CLI: 4 real nodes (PBFT over loopback TCP), 8 participants, 40 periods
 * (00:00 to 10:00, so PV sells peer to peer in the morning). The outputs are checked against the chain itself:
 * every node's ledger file is replayed into a fresh {@link ExchangeState} and its trades, balances and head must be
 * what {@code trades.csv} and {@code summary.json} say. A second run with the same seed must give the same trades
 * and balances. The report opens in headless Chromium with its charts drawn (skipped, naming chromium, where it is
 * not installed).
 */
class DemoCommandTest {
    private static final List<String> CONTRACT = List.of("participants", "periods", "nodes", "generationKwh",
            "consumptionKwh", "peerKwh", "gridImportKwh", "gridExportKwh", "buyerCost", "buyerCostGridOnly",
            "buyerSavingPercent", "sellerRevenue", "sellerRevenueGridOnly", "sellerGainPercent", "cleanShare",
            "blocks", "transactions", "txPerSecond", "consensusLatencyMs", "headHashes", "moneyConserved");
    private static final String[] SMALL = {"--nodes", "4", "--participants", "8", "--periods", "40", "--seed", "11"};

    @TempDir
    static Path tmp;
    static Path out;
    static CliRun run;

    @BeforeAll
    static void runTheDemo() {
        out = tmp.resolve("out");
        run = CliRun.run(args(out));
    }

    private static String[] args(Path dir) {
        List<String> a = new ArrayList<>(List.of("demo"));
        a.addAll(List.of(SMALL));
        a.addAll(List.of("--out", dir.toString()));
        return a.toArray(String[]::new);
    }

    @Test
    void writesTheReportAndSaysWhere() {
        assertEquals(0, run.code(), run.err());
        for (String f : List.of("report.html", "summary.json", "trades.csv")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertTrue(run.out().contains("report: " + out.resolve("report.html").toAbsolutePath().normalize()),
                run.out());
        assertTrue(run.out().contains("money conserved / energy balanced  true / true"), run.out());
        assertTrue(run.err().contains("40/40 periods"), run.err());
    }

    @Test
    void summaryHoldsTheContractFieldsEqualHeadsAndConservedMoney() throws IOException {
        JsonNode s = Json.MAPPER.readTree(out.resolve("summary.json").toFile());
        for (String f : CONTRACT) {
            assertTrue(s.has(f), "summary.json has " + f);
        }
        for (String p : List.of("p50", "p90", "p99")) {
            assertTrue(s.path("consensusLatencyMs").path(p).isNumber(), p);
        }
        assertEquals(8, s.path("participants").asInt());
        assertEquals(40, s.path("periods").asInt());
        assertEquals(4, s.path("nodes").asInt());
        assertTrue(s.path("moneyConserved").asBoolean());
        assertTrue(s.path("energyBalanced").asBoolean());
        assertTrue(s.path("balancesMatchTransfers").asBoolean());
        Set<String> heads = new TreeSet<>();
        s.path("headHashes").fields().forEachRemaining(e -> heads.add(e.getValue().asText()));
        assertEquals(4, s.path("headHashes").size());
        assertEquals(1, heads.size(), s.path("headHashes").toString());
        assertEquals(64, heads.iterator().next().length());
        assertTrue(s.path("peerKwh").decimalValue().signum() > 0, "PV sells peer to peer in the morning");
        assertTrue(s.path("blocks").asLong() > 40, "at least one block per period");
        assertTrue(s.path("latencySamples").asInt() >= s.path("transactions").asInt(),
                "one latency sample per transaction (each is some node's own)");
    }

    @Test
    void tradesCsvAndSummaryMatchEveryNodesChain() throws IOException {
        JsonNode s = Json.MAPPER.readTree(out.resolve("summary.json").toFile());
        List<String> csv = Files.readAllLines(out.resolve("trades.csv"), StandardCharsets.UTF_8);
        String head = s.path("headHashes").path("node1").asText();
        for (int n = 1; n <= 4; n++) {
            ExchangeState chain = replay(out.resolve("chain/node" + n + "/ledger.dat"));
            assertEquals(head, chain.headHash().toHex(), "node" + n + "'s ledger ends at the reported head");
            assertEquals(s.path("blocks").asLong(), chain.height() + 1);
            assertEquals(s.path("transactions").asLong(), chain.transactions());
            List<String> rows = new ArrayList<>();
            Energy peer = Energy.ZERO;
            for (int k = 1; k <= 40; k++) {
                ExchangeState.PeriodView p = chain.period(k).orElseThrow();
                assertEquals("settled", p.status(), "period " + k);
                for (Trade t : p.trades()) {
                    rows.add((k - 1) + ",peer," + t.seller() + "," + t.buyer() + "," + dec(t.quantity().toKwh()) + ","
                            + dec(t.price().toDecimal()));
                    peer = peer.plus(t.quantity());
                }
                for (GridTrade g : p.gridTrades()) {
                    boolean buy = g.side() == Side.BUY;
                    rows.add((k - 1) + ",grid," + (buy ? "GRID" : g.participant().value()) + ","
                            + (buy ? g.participant().value() : "GRID") + "," + dec(g.quantity().toKwh()) + ","
                            + dec(g.price().toDecimal()));
                }
            }
            List<String> fromCsv = new ArrayList<>();
            for (String line : csv.subList(1, csv.size())) {
                String[] c = line.split(",", -1);
                fromCsv.add(c[0] + "," + c[2] + "," + c[3] + "," + c[4] + "," + dec(new BigDecimal(c[5])) + ","
                        + dec(new BigDecimal(c[6])));
            }
            assertEquals(rows, fromCsv, "trades.csv lists node" + n + "'s committed trades, in order");
            assertEquals(0, peer.toKwh().compareTo(s.path("peerKwh").decimalValue()), "peerKwh");
            assertEquals(Money.ZERO, chain.total(), "balances on node" + n + "'s chain sum to zero");
            assertEquals(0, chain.balances().get(dev.eet.api.settlement.AccountId.GRID).toDecimal()
                    .compareTo(s.path("gridBalance").decimalValue()), "gridBalance");
        }
    }

    @Test
    void sameSeedSameTradesAndBalances() throws IOException {
        Path again = tmp.resolve("again");
        CliRun second = CliRun.run(args(again));
        assertEquals(0, second.code(), second.err());
        assertEquals(Files.readString(out.resolve("trades.csv")), Files.readString(again.resolve("trades.csv")));
        JsonNode a = Json.MAPPER.readTree(out.resolve("summary.json").toFile());
        JsonNode b = Json.MAPPER.readTree(again.resolve("summary.json").toFile());
        Set<String> varying = Set.of("blocks", "txPerSecond", "consensusLatencyMs", "headHashes", "latencySamples",
                "elapsedSeconds", "transactions");
        for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!varying.contains(f)) {
                assertEquals(a.get(f), b.get(f), f);
            }
        }
        assertEquals(replay(out.resolve("chain/node1/ledger.dat")).balances(),
                replay(again.resolve("chain/node2/ledger.dat")).balances());
    }

    @Test
    void badOptionsFailWithOneLineAndWriteNothing() throws IOException {
        Path none = tmp.resolve("none");
        Map<List<String>, String> cases = Map.of(
                List.of("--nodes", "0"), "eet demo: option --nodes must be between 1 and 32, was 0",
                List.of("--participants", "3"), "eet demo: option --participants must be between 4 and 10000, was 3",
                List.of("--periods", "many"), "eet demo: option --periods must be a whole number, was 'many'",
                List.of("--seed", "1.5"), "eet demo: option --seed must be a whole number, was '1.5'",
                List.of("--node", "4"), "eet demo: unknown option --node",
                List.of("extra"), "eet demo: unexpected argument 'extra'",
                List.of("--periods"), "eet demo: option --periods needs a value");
        for (Map.Entry<List<String>, String> c : cases.entrySet()) {
            List<String> a = new ArrayList<>(List.of("demo", "--out", none.toString()));
            a.addAll(c.getKey());
            CliRun r = CliRun.withInput("", a);
            assertEquals(2, r.code(), c.getKey() + ": " + r.err());
            assertEquals(c.getValue() + "\n", r.err(), c.getKey().toString());
            assertEquals("", r.out());
        }
        CliRun matcher = CliRun.run("demo", "--matcher", "nope", "--out", none.toString());
        assertEquals(1, matcher.code());
        assertTrue(matcher.err().startsWith("eet demo: --matcher: unknown matcher 'nope' (known: "), matcher.err());
        assertTrue(matcher.err().contains("cda"), matcher.err());
        assertEquals(1, matcher.err().lines().count());
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        CliRun notDir = CliRun.run("demo", "--out", file.toString());
        assertEquals(1, notDir.code());
        assertEquals("eet demo: --out: " + file + " exists and is not a directory\n", notDir.err());
        assertFalse(Files.exists(none), "nothing written on bad input");
        assertEquals(0, CliRun.run("demo", "--help").code());
    }

    @Test
    void reportOpensInChromiumWithItsCharts() throws Exception {
        assumeTrue(HeadlessChromium.findChromium().isPresent(),
                "chromium not found (install Debian's chromium and chromium-driver; .ci/run does)");
        assumeTrue(HeadlessChromium.findDriver().isPresent(),
                "chromedriver for chromium not found (install Debian's chromium-driver; .ci/run does)");
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            browser.open(out.resolve("report.html").toUri().toString());
            assertEquals("EET demo report", browser.text("h1").orElse(""));
            JsonNode charts = browser.execute("return Array.from(document.querySelectorAll('svg')).map(s => {"
                    + " const r = s.getBoundingClientRect(); return [r.width, r.height,"
                    + " s.querySelectorAll('polyline, rect, path, line').length]; });");
            assertTrue(charts.size() >= 4, "price, volume, power and balance charts: " + charts);
            for (JsonNode c : charts) {
                assertTrue(c.get(0).asDouble() > 100 && c.get(1).asDouble() > 100, "chart drawn with a size: " + c);
                assertTrue(c.get(2).asInt() > 0, "chart has marks: " + c);
            }
            byte[] png = browser.screenshot();
            assertTrue(png.length > 1000 && png[0] == (byte) 0x89 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G',
                    "a PNG screenshot");
            Path shot = Path.of("target", "demo-report.png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, png);
        }
    }

    /** Replays a node's ledger file into a fresh state built as the demo's nodes build it (residuals settled). */
    private static ExchangeState replay(Path ledger) {
        NodeConfig.SettlementSpec d = NodeConfig.SettlementSpec.DEFAULTS;
        ExchangeState state = new ExchangeState(
                ProviderRegistry.load(MatcherProvider.class).get("cda").create(Config.builder("matcher cda")
                        .put("beta", "0.1").put("gridRetailPrice", "0.59").put("gridFeedInPrice", "0.31").build()),
                new PeriodSettlement(ProviderRegistry.load(CompensationRuleProvider.class).get(d.compensationRule())
                        .create(Config.builder("compensation").build()), d.gridRetail(), d.gridFeedIn(),
                        d.deviationTolerance(), d.penaliseMissingUploads(), true),
                ProviderRegistry.load(ReputationRuleProvider.class).get(d.reputationRule())
                        .create(Config.builder("reputation").build()),
                d.tolerancePeriods(), List.of(NodeId.of("node1"), NodeId.of("node2"), NodeId.of("node3"),
                        NodeId.of("node4")));
        Set<Long> heights = new HashSet<>();
        try (FileLedgerStore store = FileLedgerStore.open(ledger)) {
            for (long h = 0; h <= store.height(); h++) {
                Block b = store.block(h).orElseThrow();
                assertTrue(heights.add(b.height()));
                state.apply(b);
            }
        }
        return state;
    }

    private static String dec(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
