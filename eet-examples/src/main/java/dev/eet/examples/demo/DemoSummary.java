package dev.eet.examples.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.settlement.Transfer;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import dev.eet.examples.cli.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The figures of a demo run: the {@code summary.json} contract (node.md and issue 11, exact names) plus a few
 * extra fields, computed exactly from a {@link DemoRecord} (see {@link PeriodFigures} for the definitions).
 * Percentages are {@code 100 * (gridOnly - actual) / gridOnly} (buyers) and {@code 100 * (actual - gridOnly) /
 * gridOnly} (sellers), HALF_EVEN at 2 decimals like {@link dev.eet.api.matching.MarketReport}; {@code cleanShare}
 * is the peer energy from renewable sell orders over consumption, HALF_EVEN at 4 decimals; latency percentiles are
 * nearest-rank over all samples, in milliseconds at 3 decimals; {@code txPerSecond} is transactions over the
 * reported wall time, 2 decimals (0 when no wall time was reported).
 *
 * @param participants number of participants
 * @param periods number of periods
 * @param nodes number of consensus nodes
 * @param matcher the matcher's name
 * @param seed the run's seed
 * @param generation metered supply
 * @param consumption metered consumption
 * @param peer energy traded peer to peer
 * @param gridImport energy bought from the grid (clearing and residuals)
 * @param gridExport energy sold to the grid (clearing and residuals)
 * @param buyerCost what consuming participants paid, net
 * @param buyerCostGridOnly what they would have paid the grid at retail
 * @param buyerSavingPercent buyers' saving against grid only
 * @param sellerRevenue what supplying participants received, net
 * @param sellerRevenueGridOnly what they would have received at feed-in
 * @param sellerGainPercent sellers' gain against grid only
 * @param cleanShare renewable peer energy / consumption
 * @param blocks committed blocks
 * @param transactions committed transactions
 * @param txPerSecond transactions per second of wall time
 * @param latency consensus latency percentiles
 * @param headHashes each node's head hash
 * @param headsAgree whether at least one head was reported and all are equal
 * @param balances final balances (reported, or re-derived from the transfers)
 * @param balancesMatchTransfers whether reported balances equal those re-derived from the transfers (true when
 *     none were reported)
 * @param moneyConserved whether the balances of all accounts, grid and pools included, sum to zero
 * @param energyBalanced whether generation - consumption = gridExport - gridImport exactly
 * @param elapsed the reported wall time (zero if none)
 */
public record DemoSummary(int participants, int periods, int nodes, String matcher, long seed, Energy generation,
                          Energy consumption, Energy peer, Energy gridImport, Energy gridExport, Money buyerCost,
                          Money buyerCostGridOnly, BigDecimal buyerSavingPercent, Money sellerRevenue,
                          Money sellerRevenueGridOnly, BigDecimal sellerGainPercent, BigDecimal cleanShare,
                          long blocks, long transactions, BigDecimal txPerSecond, Latency latency,
                          SortedMap<String, String> headHashes, boolean headsAgree,
                          SortedMap<AccountId, Money> balances, boolean balancesMatchTransfers,
                          boolean moneyConserved, boolean energyBalanced, Duration elapsed) {

    /** Copies the maps. */
    public DemoSummary {
        headHashes = Collections.unmodifiableSortedMap(new TreeMap<>(headHashes));
        balances = Collections.unmodifiableSortedMap(new TreeMap<>(balances));
    }

    /**
     * Consensus latency percentiles.
     *
     * @param samples number of samples
     * @param p50Ms median, ms
     * @param p90Ms 90th percentile, ms
     * @param p99Ms 99th percentile, ms
     */
    public record Latency(int samples, BigDecimal p50Ms, BigDecimal p90Ms, BigDecimal p99Ms) {
    }

    /**
     * @param record a run's record
     * @return its summary
     */
    public static DemoSummary of(DemoRecord record) {
        DemoSetup setup = record.setup();
        Energy gen = Energy.ZERO;
        Energy cons = Energy.ZERO;
        Energy peer = Energy.ZERO;
        Energy imp = Energy.ZERO;
        Energy exp = Energy.ZERO;
        Energy clean = Energy.ZERO;
        Money cost = Money.ZERO;
        Money costGrid = Money.ZERO;
        Money rev = Money.ZERO;
        Money revGrid = Money.ZERO;
        List<Long> micros = new ArrayList<>();
        for (PeriodRecord p : record.periods()) {
            PeriodFigures f = PeriodFigures.of(p, setup);
            gen = gen.plus(f.generation());
            cons = cons.plus(f.consumption());
            peer = peer.plus(f.peer());
            imp = imp.plus(f.gridImport());
            exp = exp.plus(f.gridExport());
            clean = clean.plus(f.cleanPeer());
            cost = cost.plus(f.buyerCost());
            costGrid = costGrid.plus(f.buyerCostGridOnly());
            rev = rev.plus(f.sellerRevenue());
            revGrid = revGrid.plus(f.sellerRevenueGridOnly());
            p.latency().forEach(d -> micros.add(d.toNanos() / 1000));
        }
        Collections.sort(micros);
        Latency latency = new Latency(micros.size(), percentile(micros, 50), percentile(micros, 90),
                percentile(micros, 99));
        SortedMap<AccountId, Money> derived = derivedBalances(record);
        SortedMap<AccountId, Money> balances = record.balances().isEmpty() ? derived : record.balances();
        boolean match = record.balances().isEmpty() || sameBalances(record.balances(), derived);
        Money total = Money.ZERO;
        for (Money m : balances.values()) {
            total = total.plus(m);
        }
        SortedMap<String, String> hashes = new TreeMap<>();
        record.heads().forEach((node, head) -> hashes.put(node, head.hash()));
        boolean agree = !hashes.isEmpty() && hashes.values().stream().distinct().count() == 1;
        Duration elapsed = record.elapsed().orElse(Duration.ZERO);
        BigDecimal tps = elapsed.isZero() ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(record.transactions()).multiply(BigDecimal.valueOf(1_000_000_000L))
                .divide(BigDecimal.valueOf(elapsed.toNanos()), 2, RoundingMode.HALF_EVEN);
        BigDecimal share = cons.isZero() ? BigDecimal.ZERO.setScale(4)
                : clean.toKwh().divide(cons.toKwh(), 4, RoundingMode.HALF_EVEN);
        return new DemoSummary(setup.participants().size(), setup.periods(), setup.nodes(), setup.matcher(),
                setup.seed(), gen, cons, peer, imp, exp, cost, costGrid, percent(costGrid.minus(cost), costGrid), rev,
                revGrid, percent(rev.minus(revGrid), revGrid), share, record.blocks(), record.transactions(), tps,
                latency, hashes, agree, balances, match, total.isZero(), gen.minus(cons).equals(exp.minus(imp)),
                elapsed);
    }

    private static SortedMap<AccountId, Money> derivedBalances(DemoRecord record) {
        SortedMap<AccountId, Money> out = new TreeMap<>();
        for (PeriodRecord p : record.periods()) {
            for (Transfer t : p.transfers()) {
                out.merge(t.to(), t.amount(), Money::plus);
                out.merge(t.from(), t.amount().negate(), Money::plus);
            }
        }
        return out;
    }

    private static boolean sameBalances(Map<AccountId, Money> a, Map<AccountId, Money> b) {
        TreeMap<AccountId, Money> x = new TreeMap<>(a);
        TreeMap<AccountId, Money> y = new TreeMap<>(b);
        x.values().removeIf(Money::isZero);
        y.values().removeIf(Money::isZero);
        return x.equals(y);
    }

    private static BigDecimal percent(Money difference, Money base) {
        if (base.isZero()) {
            return BigDecimal.ZERO.setScale(2);
        }
        return difference.toDecimal().multiply(BigDecimal.valueOf(100)).divide(base.toDecimal(), 2,
                RoundingMode.HALF_EVEN);
    }

    private static BigDecimal percentile(List<Long> sortedMicros, int q) {
        if (sortedMicros.isEmpty()) {
            return BigDecimal.ZERO.setScale(3);
        }
        int rank = (int) Math.ceil(q / 100.0 * sortedMicros.size());
        long v = sortedMicros.get(Math.max(0, rank - 1));
        return BigDecimal.valueOf(v, 3);
    }

    /** @return the summary as the {@code summary.json} document (exact decimals; contract fields first) */
    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        o.put("participants", participants);
        o.put("periods", periods);
        o.put("nodes", nodes);
        o.put("generationKwh", exact(generation.toKwh()));
        o.put("consumptionKwh", exact(consumption.toKwh()));
        o.put("peerKwh", exact(peer.toKwh()));
        o.put("gridImportKwh", exact(gridImport.toKwh()));
        o.put("gridExportKwh", exact(gridExport.toKwh()));
        o.put("buyerCost", exact(buyerCost.toDecimal()));
        o.put("buyerCostGridOnly", exact(buyerCostGridOnly.toDecimal()));
        o.put("buyerSavingPercent", buyerSavingPercent);
        o.put("sellerRevenue", exact(sellerRevenue.toDecimal()));
        o.put("sellerRevenueGridOnly", exact(sellerRevenueGridOnly.toDecimal()));
        o.put("sellerGainPercent", sellerGainPercent);
        o.put("cleanShare", cleanShare);
        o.put("blocks", blocks);
        o.put("transactions", transactions);
        o.put("txPerSecond", txPerSecond);
        ObjectNode l = o.putObject("consensusLatencyMs");
        l.put("p50", latency.p50Ms());
        l.put("p90", latency.p90Ms());
        l.put("p99", latency.p99Ms());
        ObjectNode h = o.putObject("headHashes");
        headHashes.forEach(h::put);
        o.put("moneyConserved", moneyConserved);
        o.put("matcher", matcher);
        o.put("seed", seed);
        o.put("latencySamples", latency.samples());
        o.put("headsAgree", headsAgree);
        o.put("energyBalanced", energyBalanced);
        o.put("balancesMatchTransfers", balancesMatchTransfers);
        o.put("gridBalance", exact(balances.getOrDefault(AccountId.GRID, Money.ZERO).toDecimal()));
        o.put("feePoolBalance", exact(balances.getOrDefault(AccountId.FEE_POOL, Money.ZERO).toDecimal()));
        o.put("elapsedSeconds", BigDecimal.valueOf(elapsed.toNanos(), 9).setScale(3, RoundingMode.HALF_EVEN));
        return o;
    }

    /** @return the console summary: one aligned line per figure */
    public String toText() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"participants / periods / nodes", participants + " / " + periods + " / " + nodes});
        rows.add(new String[] {"matcher, seed", matcher + ", " + seed});
        rows.add(new String[] {"generation / consumption", kwh(generation) + " / " + kwh(consumption)});
        rows.add(new String[] {"peer to peer", kwh(peer)});
        rows.add(new String[] {"grid import / export", kwh(gridImport) + " / " + kwh(gridExport)});
        rows.add(new String[] {"buyers paid (grid only)", money(buyerCost) + " (" + money(buyerCostGridOnly)
                + "), saved " + buyerSavingPercent.toPlainString() + " %"});
        rows.add(new String[] {"sellers got (grid only)", money(sellerRevenue) + " (" + money(sellerRevenueGridOnly)
                + "), gained " + sellerGainPercent.toPlainString() + " %"});
        rows.add(new String[] {"clean share of consumption", cleanShare.movePointRight(2).setScale(2,
                RoundingMode.HALF_EVEN).toPlainString() + " %"});
        rows.add(new String[] {"blocks / transactions", blocks + " / " + transactions + " (" + txPerSecond
                .toPlainString() + " tx/s)"});
        rows.add(new String[] {"consensus latency p50/p90/p99", latency.samples() == 0 ? "no samples"
                : latency.p50Ms().toPlainString() + " / " + latency.p90Ms().toPlainString() + " / "
                + latency.p99Ms().toPlainString() + " ms (" + latency.samples() + " samples)"});
        rows.add(new String[] {"head hashes", headHashes.isEmpty() ? "none reported" : (headsAgree ? "all equal: "
                : "DIFFER: ") + String.join(", ", headHashes.values().stream().distinct()
                .map(s -> s.length() > 16 ? s.substring(0, 16) + "..." : s).toList())});
        rows.add(new String[] {"money conserved / energy balanced", moneyConserved + " / " + energyBalanced});
        int w = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        StringBuilder b = new StringBuilder();
        for (String[] r : rows) {
            b.append(String.format(Locale.ROOT, "%-" + w + "s  %s", r[0], r[1])).append('\n');
        }
        return b.toString();
    }

    private static String kwh(Energy e) {
        return e.toKwh().setScale(3, RoundingMode.HALF_EVEN).toPlainString() + " kWh";
    }

    private static String money(Money m) {
        return m.toDecimal().setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static BigDecimal exact(BigDecimal v) {
        return Json.exact(v);
    }
}
