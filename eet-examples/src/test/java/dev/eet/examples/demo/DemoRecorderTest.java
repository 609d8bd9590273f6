package dev.eet.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.matching.GridTariff;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.settlement.Transfer;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recorder as the networked demo will feed it: several nodes, latency samples, heads, reported balances. */
class DemoRecorderTest {
    private static final ParticipantId A = ParticipantId.of("pv-01");
    private static final ParticipantId B = ParticipantId.of("house-01");

    private static DemoRecorder recorder(int nodes) {
        Map<ParticipantId, ParticipantClass> ps = new TreeMap<>(Map.of(A, ParticipantClass.PV,
                B, ParticipantClass.HOUSEHOLD));
        return new DemoRecorder(new DemoSetup(new TreeMap<>(ps), 4, SimulatedDay.DEFAULT_START, SimulatedDay.PERIOD,
                nodes, "cda", 7, GridTariff.DEFAULT));
    }

    @Test
    void latencyPercentilesHeadsAndChainFromSeveralNodes(@TempDir Path dir) throws Exception {
        DemoRecorder r = recorder(3);
        for (int i = 1; i <= 100; i++) {
            r.latency(i % 4, Duration.ofMillis(i));
        }
        for (String node : List.of("node1", "node2", "node3")) {
            r.head(node, 5, "abc");
        }
        r.chain(5, 40);
        r.elapsed(Duration.ofSeconds(2));
        DemoSummary s = DemoSummary.of(r.snapshot());
        assertEquals(100, s.latency().samples());
        assertEquals(new BigDecimal("50.000"), s.latency().p50Ms());
        assertEquals(new BigDecimal("90.000"), s.latency().p90Ms());
        assertEquals(new BigDecimal("99.000"), s.latency().p99Ms());
        assertTrue(s.headsAgree());
        assertEquals(new BigDecimal("20.00"), s.txPerSecond());
        assertEquals("{\"node1\":\"abc\",\"node2\":\"abc\",\"node3\":\"abc\"}", s.toJson().get("headHashes").toString());
        r.head("node2", 6, "abd");
        assertFalse(DemoSummary.of(r.snapshot()).headsAgree(), "a node on another head is reported");

        DemoReport.write(r.snapshot(), dir);
        String html = Files.readString(dir.resolve(DemoReport.HTML));
        assertTrue(html.contains("Consensus latency"), "latency chart when samples exist");
        assertFalse(html.contains("No consensus latency samples"));
    }

    @Test
    void moneyAndEnergyFromTransfersAndActuals() {
        DemoRecorder r = recorder(1);
        // period 0: B consumed 2 kWh from the grid, A exported 1 kWh to the grid
        r.actuals(0, Map.of(A, Energy.ofKwh(1), B, Energy.ofKwh(-2)));
        r.transfers(0, List.of(new Transfer(AccountId.of(B), AccountId.GRID, Money.of("1.18"), "import"),
                new Transfer(AccountId.GRID, AccountId.of(A), Money.of("0.31"), "export")));
        DemoSummary s = DemoSummary.of(r.snapshot());
        assertEquals(Energy.ofKwh(1), s.generation());
        assertEquals(Energy.ofKwh(2), s.consumption());
        assertEquals(Energy.ofKwh(2), s.gridImport(), "uncontracted consumption is a residual import");
        assertEquals(Energy.ofKwh(1), s.gridExport());
        assertTrue(s.energyBalanced());
        assertEquals(Money.of("1.18"), s.buyerCost());
        assertEquals(Money.of("1.18"), s.buyerCostGridOnly());
        assertEquals(new BigDecimal("0.00"), s.buyerSavingPercent());
        assertTrue(s.moneyConserved());
        assertTrue(s.balancesMatchTransfers());

        r.balances(Map.of(AccountId.GRID, Money.of("0.87"), AccountId.of(A), Money.of("0.31"),
                AccountId.of(B), Money.of("-1.18")));
        assertTrue(DemoSummary.of(r.snapshot()).balancesMatchTransfers());
        r.balances(Map.of(AccountId.GRID, Money.of("0.87"), AccountId.of(A), Money.of("0.30"),
                AccountId.of(B), Money.of("-1.18")));
        DemoSummary bad = DemoSummary.of(r.snapshot());
        assertFalse(bad.balancesMatchTransfers(), "a node whose balances disagree with the chain is caught");
        assertFalse(bad.moneyConserved(), "0.87 + 0.30 - 1.18 != 0");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndChangesNothing() {
        DemoRecorder r = recorder(1);
        assertEquals("demo recorder: period: must be in [0, 3], was 4", assertThrows(InvalidArgumentException.class,
                () -> r.orders(4, List.of())).getMessage());
        assertEquals("demo recorder: actual.ev-99: is not a participant of this demo",
                assertThrows(InvalidArgumentException.class, () -> r.actuals(0, Map.of(A, Energy.ofKwh(1),
                        ParticipantId.of("ev-99"), Energy.ofKwh(1)))).getMessage());
        assertTrue(r.snapshot().periods().get(0).actual().isEmpty(), "nothing recorded from the refused call");
        assertEquals("demo recorder: nodeId: must not be blank", assertThrows(InvalidArgumentException.class,
                () -> r.head(" ", 1, "x")).getMessage());
        assertThrows(InvalidArgumentException.class, () -> r.latency(0, Duration.ofMillis(-1)));
        assertThrows(InvalidArgumentException.class, () -> r.chain(-1, 0));
    }

    @Test
    void concurrentReportersLoseNothing() throws Exception {
        DemoRecorder r = recorder(4);
        List<Thread> threads = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            final int node = n;
            threads.add(new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    r.latency(i % 4, Duration.ofMillis(i));
                    r.head("node" + node, i, "h" + i);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        DemoRecord rec = r.snapshot();
        assertEquals(2000, rec.periods().stream().mapToInt(p -> p.latency().size()).sum());
        assertEquals(4, rec.heads().size());
        assertTrue(DemoSummary.of(rec).headsAgree(), "every node's last head is h499");
    }
}
