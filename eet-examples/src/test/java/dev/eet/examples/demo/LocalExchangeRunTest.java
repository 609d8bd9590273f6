package dev.eet.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eet.api.matching.GridTariff;
import dev.eet.api.model.GridTrade;
import dev.eet.api.model.Side;
import dev.eet.api.model.Trade;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import dev.eet.examples.cli.Json;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default demo day (40 participants, 96 periods, cda) through the real matcher and the real settlement
 * ledger in one process, written as a report: money conserved, energy balanced, same seed same bytes.
 */
class LocalExchangeRunTest {
    private static DemoRecord record;
    private static DemoSummary summary;

    /** A ticker that advances 1 ms per call: deterministic wall time. */
    static LongSupplier ticker() {
        AtomicLong t = new AtomicLong();
        return () -> t.addAndGet(1_000_000);
    }

    @BeforeAll
    static void runDefaultDay() {
        record = new LocalExchangeRun(LocalExchangeRun.Options.defaults(), ticker()).run();
        summary = DemoSummary.of(record);
    }

    @Test
    void moneyIsConservedAndTheLedgerAgreesWithTheRecordedTransfers() {
        assertTrue(summary.moneyConserved(), summary.toText());
        assertTrue(summary.balancesMatchTransfers(), "ledger balances = balances re-derived from the transfers");
        Money total = Money.ZERO;
        for (Money m : record.balances().values()) {
            total = total.plus(m);
        }
        assertEquals(Money.ZERO, total, "sum of all balances incl. GRID");
        assertTrue(record.balances().get(AccountId.GRID).signum() != 0, "the grid took part");
        assertEquals(43, record.balances().size(), "40 participants, GRID, FEE_POOL, REWARD_POOL: "
                + record.balances().keySet());
    }

    @Test
    void energyBalancesExactly() {
        assertTrue(summary.energyBalanced());
        assertEquals(summary.generation().minus(summary.consumption()),
                summary.gridExport().minus(summary.gridImport()));
        // independently from the record: peer energy is the sum of trades, grid trades are inside the grid figures
        Energy peer = Energy.ZERO;
        Energy gridBuy = Energy.ZERO;
        Energy gridSell = Energy.ZERO;
        for (PeriodRecord p : record.periods()) {
            for (Trade t : p.trades()) {
                peer = peer.plus(t.quantity());
            }
            for (GridTrade g : p.gridTrades()) {
                if (g.side() == Side.BUY) {
                    gridBuy = gridBuy.plus(g.quantity());
                } else {
                    gridSell = gridSell.plus(g.quantity());
                }
            }
        }
        assertEquals(peer, summary.peer());
        assertTrue(summary.gridImport().compareTo(gridBuy) >= 0);
        assertTrue(summary.gridExport().compareTo(gridSell) >= 0);
        // every kWh consumed came from a peer or the grid; every kWh generated went to a peer or the grid
        assertTrue(summary.peer().plus(summary.gridImport()).compareTo(summary.consumption()) >= 0);
        assertTrue(summary.peer().plus(summary.gridExport()).compareTo(summary.generation()) >= 0);
        assertTrue(summary.peer().isPositive() && summary.generation().isPositive()
                && summary.consumption().isPositive(), summary.toText());
    }

    @Test
    void theMarketBeatsGridOnlyForBothSides() {
        assertTrue(summary.buyerCost().compareTo(summary.buyerCostGridOnly()) < 0, summary.toText());
        assertTrue(summary.sellerRevenue().compareTo(summary.sellerRevenueGridOnly()) > 0, summary.toText());
        assertTrue(summary.buyerSavingPercent().signum() > 0 && summary.sellerGainPercent().signum() > 0);
        assertTrue(summary.cleanShare().signum() > 0, "PV sold peer to peer");
        assertEquals(96, summary.blocks());
        assertTrue(summary.headsAgree());
        assertEquals(1, summary.headHashes().size());
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherDay(@TempDir Path a, @TempDir Path b, @TempDir Path c) throws Exception {
        DemoReport.write(record, a);
        DemoReport.write(new LocalExchangeRun(LocalExchangeRun.Options.defaults(), ticker()).run(), b);
        for (String f : List.of(DemoReport.SUMMARY, DemoReport.TRADES, DemoReport.HTML)) {
            assertEquals(Files.readString(a.resolve(f)), Files.readString(b.resolve(f)), f);
        }
        LocalExchangeRun.Options other = new LocalExchangeRun.Options(40, 96, 8, "cda", null, GridTariff.DEFAULT);
        DemoReport.write(new LocalExchangeRun(other, ticker()).run(), c);
        assertNotEquals(Files.readString(a.resolve(DemoReport.TRADES)), Files.readString(c.resolve(DemoReport.TRADES)));
    }

    @Test
    void summaryJsonHasTheContractFields(@TempDir Path dir) throws Exception {
        DemoReport.write(record, dir);
        JsonNode s = Json.MAPPER.readTree(dir.resolve(DemoReport.SUMMARY).toFile());
        for (String f : List.of("participants", "periods", "nodes", "generationKwh", "consumptionKwh", "peerKwh",
                "gridImportKwh", "gridExportKwh", "buyerCost", "buyerCostGridOnly", "buyerSavingPercent",
                "sellerRevenue", "sellerRevenueGridOnly", "sellerGainPercent", "cleanShare", "blocks", "transactions",
                "txPerSecond", "consensusLatencyMs", "headHashes", "moneyConserved")) {
            assertTrue(s.has(f), "summary.json lacks " + f + ": " + s);
        }
        assertEquals(40, s.get("participants").asInt());
        assertEquals(96, s.get("periods").asInt());
        assertEquals(1, s.get("nodes").asInt());
        assertTrue(s.get("moneyConserved").asBoolean());
        assertEquals(List.of("p50", "p90", "p99"), List.copyOf(iterable(s.get("consensusLatencyMs"))));
        assertTrue(s.get("headHashes").get(LocalExchangeRun.NODE).asText().matches("[0-9a-f]{64}"));
        assertEquals(summary.generation().toKwh().compareTo(s.get("generationKwh").decimalValue()), 0,
                "exact decimals in JSON");
        // 96 periods of 1 ms ticks between start and end of run(): tx per second is tx / elapsed, deterministic
        assertTrue(s.get("txPerSecond").decimalValue().signum() > 0);
    }

    private static List<String> iterable(JsonNode n) {
        List<String> out = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void reportIsSelfContainedHtmlWithWellFormedInlineCharts(@TempDir Path dir) throws Exception {
        DemoReport.write(record, dir);
        String html = Files.readString(dir.resolve(DemoReport.HTML));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.contains("<link"), "no external stylesheet");
        assertFalse(html.contains("src="), "no external images or scripts");
        assertFalse(html.replace("http://www.w3.org/2000/svg", "").contains("http"), "no external reference");
        Matcher m = Pattern.compile("(?s)<svg .*?</svg>").matcher(html);
        int charts = 0;
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        while (m.find()) {
            f.newDocumentBuilder().parse(new ByteArrayInputStream(m.group().getBytes(StandardCharsets.UTF_8)));
            charts++;
        }
        assertEquals(4, charts, "price, volume, power per class, balances (no latency samples in-process)");
        for (String title : List.of("Peer price per period", "Volume per period", "Power per participant class",
                "Balance per participant")) {
            assertTrue(html.contains(title), title);
        }
        assertTrue(html.contains("No consensus latency samples"));
        String csv = Files.readString(dir.resolve(DemoReport.TRADES));
        assertTrue(csv.startsWith("period,start,kind,seller,buyer,quantityKwh,price,amount,round,sellOrder,buyOrder\n"));
        assertTrue(csv.contains(",peer,pv-") || csv.contains(",peer,storage-"), "peer sellers are PV or storage");
    }

    @Test
    void otherMatchersRunThroughTheSameSettlement() {
        for (String name : List.of("continuous", "bilateral", "da-renewable-first")) {
            LocalExchangeRun.Options o = new LocalExchangeRun.Options(12, 96, 3, name, null, GridTariff.DEFAULT);
            DemoSummary s = DemoSummary.of(new LocalExchangeRun(o, ticker()).run());
            assertTrue(s.moneyConserved(), name);
            assertTrue(s.energyBalanced(), name);
            assertTrue(s.balancesMatchTransfers(), name);
            assertEquals(name, s.matcher());
        }
    }

    @Test
    void anUnknownMatcherIsRefusedByName() {
        LocalExchangeRun.Options o = new LocalExchangeRun.Options(12, 4, 3, "cdaa", null, GridTariff.DEFAULT);
        String message = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> new LocalExchangeRun(o, ticker()).run()).getMessage();
        assertTrue(message.contains("cdaa"), message);
    }
}
