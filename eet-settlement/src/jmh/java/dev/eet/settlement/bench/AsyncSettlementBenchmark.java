package dev.eet.settlement.bench;

import dev.eet.api.model.ParticipantId;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.settlement.Transfer;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import dev.eet.api.value.Price;
import dev.eet.settlement.async.AsyncSettlement;
import dev.eet.settlement.async.CycleOutcome;
import dev.eet.settlement.async.MatrixEntry;
import dev.eet.settlement.async.PenaltyPolicy;
import dev.eet.settlement.async.PriceMatrix;
import dev.eet.settlement.async.PriorityMatrixSettlement;
import dev.eet.settlement.async.SettlementRecord;
import dev.eet.settlement.ledger.CreditLimit;
import dev.eet.settlement.ledger.Ledger;
import dev.eet.settlement.reputation.BoundedReputationRule;
import dev.eet.settlement.reputation.ReputationLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One cycle of asynchronous settlement with {@code users} participants (half suppliers, half consumers, random
 * 0-20 kWh at micro resolution; every supplier has a matrix row of 8 random buyers at random priorities and
 * prices), from seed 2026:
 * <ul>
 *   <li>{@code algorithm}: {@link PriorityMatrixSettlement#settle} alone (records only);</li>
 *   <li>{@code engineCycle}: the whole {@link AsyncSettlement} path on a fresh ledger: open, uploads, settle,
 *       accounts, one all-or-nothing ledger batch, reputation log;</li>
 *   <li>{@code ledgerBatch}: committing the cycle's transfers as one batch to a fresh ledger.</li>
 * </ul>
 * Run: {@code java -jar eet-settlement/target/benchmarks.jar AsyncSettlementBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AsyncSettlementBenchmark {

    /** Number of participants in the cycle. */
    @Param({"1000", "10000"})
    public int users;

    private final SortedMap<ParticipantId, Energy> supply = new TreeMap<>();
    private final SortedMap<ParticipantId, Energy> consumption = new TreeMap<>();
    private PriceMatrix matrix;
    private List<Transfer> transfers;
    private final Price gridPrice = Price.perKwh("0.60");

    /** Builds the cycle once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(2026);
        int half = users / 2;
        for (int i = 0; i < half; i++) {
            supply.put(ParticipantId.of("S" + i), Energy.ofMicroKwh(rnd.nextLong(1, 20_000_000L)));
            consumption.put(ParticipantId.of("B" + i), Energy.ofMicroKwh(rnd.nextLong(1, 20_000_000L)));
        }
        PriceMatrix.Builder b = PriceMatrix.builder();
        for (int i = 0; i < half; i++) {
            Set<Integer> buyers = new java.util.HashSet<>();
            while (buyers.size() < Math.min(8, half)) {
                buyers.add(rnd.nextInt(half));
            }
            for (int buyer : buyers) {
                b.add(new MatrixEntry(ParticipantId.of("S" + i), ParticipantId.of("B" + buyer), rnd.nextInt(1, 5),
                        Price.ofMicros(rnd.nextLong(300_000, 550_000))));
            }
        }
        matrix = b.build();
        transfers = new ArrayList<>();
        for (SettlementRecord r : algorithm()) {
            r.transfer().ifPresent(transfers::add);
        }
    }

    /** @return the records of the cycle */
    @Benchmark
    public List<SettlementRecord> algorithm() {
        return PriorityMatrixSettlement.settle(supply, consumption, matrix, gridPrice, Set.of());
    }

    /** @return the outcome of the whole engine path */
    @Benchmark
    public CycleOutcome engineCycle() {
        Ledger ledger = Ledger.withStandardAccounts();
        AsyncSettlement engine = new AsyncSettlement(ledger,
                new ReputationLog(BoundedReputationRule.reportCh4Reputation()), 0, PenaltyPolicy.REPUTATION_ONLY,
                CreditLimit.UNLIMITED);
        Set<ParticipantId> expected = new java.util.TreeSet<>(supply.keySet());
        expected.addAll(consumption.keySet());
        engine.open(1, expected, matrix, gridPrice);
        supply.forEach((u, e) -> engine.upload(1, u, e));
        consumption.forEach((u, e) -> engine.upload(1, u, e.negate()));
        return engine.settle(1, 1);
    }

    /** @return the final total (zero) */
    @Benchmark
    public Money ledgerBatch() {
        Ledger ledger = Ledger.withStandardAccounts();
        for (ParticipantId p : supply.keySet()) {
            ledger.openIfAbsent(AccountId.of(p), CreditLimit.UNLIMITED);
        }
        for (ParticipantId p : consumption.keySet()) {
            ledger.openIfAbsent(AccountId.of(p), CreditLimit.UNLIMITED);
        }
        ledger.post(transfers);
        return ledger.total();
    }
}
