package dev.eet.examples.demo;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.matching.MatchResult;
import dev.eet.api.model.GridTrade;
import dev.eet.api.model.Order;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.model.Trade;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.settlement.Transfer;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Collects what happens in a demo run, period by period, from whatever runs the exchange: the in-process
 * {@link LocalExchangeRun}, or the demo command feeding it from real consensus nodes (committed blocks, heads,
 * latency). Thread-safe: node threads may report concurrently. Every method validates its period number
 * ({@code demo recorder: period: ...}) and changes nothing on bad input. Calls for one period may repeat and
 * accumulate (a node may commit a period's trades in several blocks); {@link #actuals} merges by participant.
 *
 * <pre>{@code
 * DemoRecorder rec = new DemoRecorder(DemoSetup.of(day, nodes, "cda", seed));
 * rec.orders(k, orders);                    // as submitted
 * rec.matched(k, matchResult);              // trades and grid trades, as committed
 * rec.actuals(k, meteredNetEnergy);         // + supply, - consumption, per participant
 * rec.transfers(k, settlementTransfers);    // every money movement of the period
 * rec.latency(k, Duration.ofMillis(12));    // one consensus latency sample (order in -> committed)
 * rec.head("node1", height, hashHex);       // each node's head, any time; the last one counts
 * rec.chain(blocks, transactions);          // committed totals, as last reported
 * rec.balances(ledgerBalances);             // final balances incl. GRID and pools (optional)
 * rec.elapsed(wallTime);
 * DemoReport.write(rec.snapshot(), outDir);
 * }</pre>
 */
public final class DemoRecorder {
    private static final String SUBJECT = "demo recorder";

    private final DemoSetup setup;
    private final List<Slot> slots;
    private final SortedMap<String, DemoRecord.Head> heads = new TreeMap<>();
    private SortedMap<AccountId, Money> balances = new TreeMap<>();
    private long blocks;
    private long transactions;
    private Duration elapsed;

    /** Mutable per-period state, guarded by the recorder's lock. */
    private static final class Slot {
        final List<Order> orders = new ArrayList<>();
        final List<Trade> trades = new ArrayList<>();
        final List<GridTrade> gridTrades = new ArrayList<>();
        final SortedMap<ParticipantId, Energy> actual = new TreeMap<>();
        final List<Transfer> transfers = new ArrayList<>();
        final List<Duration> latency = new ArrayList<>();
    }

    /**
     * @param setup the run's fixed facts (participants, periods, nodes, matcher, tariff)
     */
    public DemoRecorder(DemoSetup setup) {
        this.setup = Objects.requireNonNull(setup, "setup");
        List<Slot> s = new ArrayList<>(setup.periods());
        for (int i = 0; i < setup.periods(); i++) {
            s.add(new Slot());
        }
        this.slots = s;
    }

    /** @return the setup */
    public DemoSetup setup() {
        return setup;
    }

    private Slot slot(int period) {
        if (period < 0 || period >= slots.size()) {
            throw new InvalidArgumentException(SUBJECT, "period", "must be in [0, " + (slots.size() - 1) + "], was "
                    + period);
        }
        return slots.get(period);
    }

    /**
     * @param period the period
     * @param orders orders submitted for it
     */
    public synchronized void orders(int period, List<Order> orders) {
        slot(period).orders.addAll(List.copyOf(orders));
    }

    /**
     * Records a clearing's peer trades and grid trades (rejections and open remainders are not money or energy
     * and are not recorded).
     *
     * @param period the period
     * @param result the matcher's result (or the part of it a block committed)
     */
    public synchronized void matched(int period, MatchResult result) {
        Slot s = slot(period);
        s.trades.addAll(result.trades());
        s.gridTrades.addAll(result.gridTrades());
    }

    /**
     * @param period the period
     * @param actual metered net energy per participant (+ supply, - consumption)
     * @throws InvalidArgumentException naming the participant if it is not in the setup
     */
    public synchronized void actuals(int period, Map<ParticipantId, Energy> actual) {
        Slot s = slot(period);
        for (ParticipantId p : actual.keySet()) {
            if (!setup.participants().containsKey(p)) {
                throw new InvalidArgumentException(SUBJECT, "actual." + p, "is not a participant of this demo");
            }
        }
        s.actual.putAll(actual);
    }

    /**
     * @param period the period the movements settle
     * @param transfers settlement transfers, in posting order
     */
    public synchronized void transfers(int period, List<Transfer> transfers) {
        slot(period).transfers.addAll(List.copyOf(transfers));
    }

    /**
     * @param period the period the sample was taken in
     * @param sample one consensus latency (not negative)
     */
    public synchronized void latency(int period, Duration sample) {
        Slot s = slot(period);
        if (sample.isNegative()) {
            throw new InvalidArgumentException(SUBJECT, "latency", "must not be negative, was " + sample);
        }
        s.latency.add(sample);
    }

    /**
     * @param nodeId a node
     * @param height its head height
     * @param hash its head block hash (hex); the last report per node counts
     */
    public synchronized void head(String nodeId, long height, String hash) {
        if (nodeId == null || nodeId.isBlank()) {
            throw new InvalidArgumentException(SUBJECT, "nodeId", "must not be blank");
        }
        if (height < 0) {
            throw new InvalidArgumentException(SUBJECT, "height", "must not be negative, was " + height);
        }
        heads.put(nodeId, new DemoRecord.Head(height, Objects.requireNonNull(hash, "hash")));
    }

    /**
     * @param committedBlocks blocks committed so far
     * @param committedTransactions transactions committed so far
     */
    public synchronized void chain(long committedBlocks, long committedTransactions) {
        if (committedBlocks < 0 || committedTransactions < 0) {
            throw new InvalidArgumentException(SUBJECT, committedBlocks < 0 ? "blocks" : "transactions",
                    "must not be negative");
        }
        this.blocks = committedBlocks;
        this.transactions = committedTransactions;
    }

    /**
     * @param finalBalances every account's balance at the end (participants, GRID, pools)
     */
    public synchronized void balances(Map<AccountId, Money> finalBalances) {
        this.balances = new TreeMap<>(finalBalances);
    }

    /**
     * @param wall the run's wall time (for transactions per second)
     */
    public synchronized void elapsed(Duration wall) {
        if (wall.isNegative()) {
            throw new InvalidArgumentException(SUBJECT, "elapsed", "must not be negative, was " + wall);
        }
        this.elapsed = wall;
    }

    /** @return an immutable copy of everything recorded so far */
    public synchronized DemoRecord snapshot() {
        List<PeriodRecord> periods = new ArrayList<>(slots.size());
        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get(i);
            periods.add(new PeriodRecord(i, s.orders, s.trades, s.gridTrades, s.actual, s.transfers, s.latency));
        }
        return new DemoRecord(setup, periods, balances, heads, blocks, transactions, Optional.ofNullable(elapsed));
    }
}
