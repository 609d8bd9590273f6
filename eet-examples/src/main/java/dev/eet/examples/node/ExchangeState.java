package dev.eet.examples.node;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.matching.MatchResult;
import dev.eet.api.matching.Matcher;
import dev.eet.api.model.GridTrade;
import dev.eet.api.model.Order;
import dev.eet.api.model.OrderId;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.model.Trade;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.settlement.ReputationRule;
import dev.eet.api.settlement.Transfer;
import dev.eet.api.value.Bytes;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import dev.eet.consensus.ledger.Blocks;
import dev.eet.examples.match.MatchInput;
import dev.eet.examples.node.ExchangeTransaction.MatchRecord;
import dev.eet.examples.node.ExchangeTransaction.MeterUpload;
import dev.eet.examples.node.ExchangeTransaction.OrderSubmitted;
import dev.eet.examples.node.ExchangeTransaction.PeriodClose;
import dev.eet.examples.node.ExchangeTransaction.ReputationEntry;
import dev.eet.examples.node.ExchangeTransaction.SettlementRecord;
import dev.eet.settlement.ledger.CreditLimit;
import dev.eet.settlement.ledger.Ledger;
import dev.eet.settlement.ledger.LedgerEntry;
import dev.eet.settlement.reputation.ReputationLog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The exchange's state, derived only from committed blocks applied in height order: orders and their periods,
 * match results and trades, meter actuals, the double-entry money ledger and the reputation log. Two nodes that
 * applied the same chain hold equal state (nothing here reads a clock or a random source; block timestamps come
 * from the chain).
 *
 * <p>Rules, applied per transaction in chain order (a transaction that breaks one is kept on the chain but
 * <em>ignored</em>, with the reason in {@link #outcome(Bytes)}, identically on every node):
 * <ul>
 *   <li>{@code order}: parsed as {@code eet match} parses an order; a known id is a duplicate; the order joins the
 *       chain's open period with its chain sequence number as time;</li>
 *   <li>{@code period-close K}: closes K only when K is the open period; the block's proposer is K's leader;</li>
 *   <li>{@code match-result K}: accepted once, when K is closed and the result equals this node's own run of the
 *       deterministic matcher on K's orders;</li>
 *   <li>{@code meter-upload K}: the first upload per participant and period counts; uploads after K became due
 *       are recorded as late and never settle;</li>
 *   <li>K becomes <em>due</em> once matched and every participant of its trades uploaded, or once period
 *       {@code K + tolerancePeriods} closed; its actuals are frozen then;</li>
 *   <li>{@code settlement K}: accepted once, when K is due and it equals {@link PeriodSettlement} on the frozen
 *       actuals; its transfers post as one batch and its reputation events are logged.</li>
 * </ul>
 * Thread-safe: every method synchronises on this object.
 */
public final class ExchangeState {
    private final Matcher matcher;
    private final PeriodSettlement settlement;
    private final int tolerancePeriods;
    private final List<NodeId> members;

    private long height = -1;
    private Bytes headHash = Bytes.EMPTY;
    private long headTimestamp;
    private long view;
    private long openPeriod = 1;
    private long orderSequence;
    private long transactions;
    private final Set<Bytes> applied = new HashSet<>();
    private final Map<Bytes, String> outcomes = new HashMap<>();
    private final Map<OrderId, OrderRecord> orders = new HashMap<>();
    private final TreeMap<Long, PeriodRecord> periods = new TreeMap<>();
    private final Ledger ledger = Ledger.withStandardAccounts();
    private final ReputationLog reputation;
    private final List<TradeRecord> tradeLog = new ArrayList<>();
    private long ignored;

    /**
     * @param matcher the deterministic matcher every node runs
     * @param settlement the period settlement
     * @param reputationRule the reputation rule
     * @param tolerancePeriods periods after which a matched period settles without missing uploads (at least 0)
     * @param members the consensus members in primary-rotation order (used to derive the view from proposers)
     */
    public ExchangeState(Matcher matcher, PeriodSettlement settlement, ReputationRule reputationRule,
                         int tolerancePeriods, List<NodeId> members) {
        this.matcher = Objects.requireNonNull(matcher, "matcher");
        this.settlement = Objects.requireNonNull(settlement, "settlement");
        this.reputation = new ReputationLog(reputationRule);
        if (tolerancePeriods < 0) {
            throw new InvalidArgumentException("settlement", "tolerancePeriods", "must not be negative");
        }
        this.tolerancePeriods = tolerancePeriods;
        this.members = List.copyOf(members);
    }

    /** What applying a block changed about a period, for the node's duties (matching, uploads, settlement). */
    public enum Phase {
        /** The period closed: its leader runs the matcher, every node reads its meters. */
        CLOSED,
        /** The period's match result was accepted. */
        MATCHED,
        /** The period is ready to settle: its leader submits the settlement. */
        DUE,
        /** The period's settlement was accepted. */
        SETTLED
    }

    /**
     * @param phase what happened
     * @param period the period
     * @param proposer the proposer of the block in which it happened (the period's leader for that step)
     */
    public record PeriodEvent(Phase phase, long period, NodeId proposer) {
    }

    /**
     * An order as the chain knows it.
     *
     * @param order the order (time = chain sequence number)
     * @param period the period it joined
     * @param status {@code open}, {@code matched}, {@code unmatched}, {@code rejected} or {@code settled}
     * @param transaction the id of the transaction that carried it
     * @param height the block height it was committed in
     */
    public record OrderView(Order order, long period, String status, Bytes transaction, long height) {
    }

    /**
     * A committed trade.
     *
     * @param period its period
     * @param trade the trade
     * @param height the block height of the match result
     */
    public record TradeRecord(long period, Trade trade, long height) {
    }

    /**
     * One period as the chain knows it.
     *
     * @param period the number
     * @param status {@code open}, {@code closed}, {@code matched}, {@code due} or {@code settled}
     * @param orders the number of orders
     * @param leader the proposer of the block that closed it, if closed
     * @param closedAt the timestamp of the period-close transaction (epoch ms, the submitting node's clock), or 0
     * @param trades its trades
     * @param gridTrades its grid trades
     * @param actuals the metered actuals received
     */
    public record PeriodView(long period, String status, int orders, Optional<NodeId> leader, long closedAt,
                             List<Trade> trades, List<GridTrade> gridTrades, SortedMap<ParticipantId, Energy> actuals) {
    }

    /**
     * One account as the chain knows it.
     *
     * @param account the account
     * @param balance its balance
     * @param postings the transfers that moved it, oldest first
     * @param reputation the participant's reputation score
     */
    public record AccountView(AccountId account, Money balance, List<Transfer> postings, int reputation) {
    }

    private static final class OrderRecord {
        final Order order;
        final long period;
        final Bytes transaction;
        final long height;
        String status = "open";

        OrderRecord(Order order, long period, Bytes transaction, long height) {
            this.order = order;
            this.period = period;
            this.transaction = transaction;
            this.height = height;
        }
    }

    private static final class PeriodRecord {
        final long number;
        final List<Order> orders = new ArrayList<>();
        boolean closed;
        long closedAt;
        NodeId leader;
        MatchResult expected;          // this node's own matcher run, once closed
        MatchResult result;            // accepted on the chain
        long matchedHeight = -1;
        final TreeMap<ParticipantId, Energy> actuals = new TreeMap<>();
        final TreeMap<ParticipantId, Energy> late = new TreeMap<>();
        SettlementRecord due;          // expected settlement, once due
        boolean settled;

        PeriodRecord(long number) {
            this.number = number;
        }

        String status() {
            return settled ? "settled" : due != null ? "due" : result != null ? "matched" : closed ? "closed" : "open";
        }
    }

    /**
     * Applies the next committed block.
     *
     * @param block the block at height {@link #height()} + 1
     * @return what changed about periods, in order
     * @throws InvalidArgumentException if the block is not the next one
     */
    public synchronized List<PeriodEvent> apply(Block block) {
        if (block.height() != height + 1) {
            throw new InvalidArgumentException("block " + block.height(), "height", "expected " + (height + 1));
        }
        List<PeriodEvent> events = new ArrayList<>();
        NodeId proposer = block.header().proposer();
        advanceView(proposer);
        for (TransactionEnvelope tx : block.transactions()) {
            transactions++;
            if (!applied.add(tx.id())) {
                outcomes.put(tx.id(), "ignored: applied before");
                ignored++;
                continue;
            }
            String outcome;
            try {
                outcome = apply(ExchangeTransaction.decode(tx.type(), tx.payload()), tx, block, proposer, events);
            } catch (InvalidArgumentException e) {
                outcome = "ignored: " + e.getMessage();
            }
            if (outcome.startsWith("ignored")) {
                ignored++;
            }
            outcomes.put(tx.id(), outcome);
        }
        height = block.height();
        headHash = Blocks.hash(block);
        headTimestamp = block.header().timestamp();
        return events;
    }

    private void advanceView(NodeId proposer) {
        int i = members.indexOf(proposer);
        if (i < 0 || members.isEmpty()) {
            return;
        }
        int n = members.size();
        long v = view;
        while (v % n != i) {
            v++;
        }
        view = v;
    }

    private String apply(ExchangeTransaction t, TransactionEnvelope tx, Block block, NodeId proposer,
                         List<PeriodEvent> events) {
        if (t instanceof OrderSubmitted o) {
            return applyOrder(o.order(), tx, block);
        }
        if (t instanceof PeriodClose c) {
            return applyClose(c, tx, proposer, events);
        }
        if (t instanceof MatchRecord m) {
            return applyMatch(m, block, proposer, events);
        }
        if (t instanceof MeterUpload u) {
            return applyUpload(u, block, proposer, events);
        }
        return applySettlement((SettlementRecord) t, events, proposer);
    }

    private String applyOrder(ObjectNode json, TransactionEnvelope tx, Block block) {
        Order parsed = MatchInput.parseOrder(json);
        if (orders.containsKey(parsed.id())) {
            return "ignored: order " + parsed.id() + ": id: already on the chain";
        }
        Order order = new Order(parsed.id(), parsed.participant(), parsed.side(), parsed.limit(), parsed.reserve(),
                parsed.quantity(), ++orderSequence, parsed.energyType(), parsed.location(), parsed.credit(),
                parsed.preferences());
        PeriodRecord p = record(openPeriod);
        p.orders.add(order);
        orders.put(order.id(), new OrderRecord(order, openPeriod, tx.id(), block.height()));
        return "accepted: order " + order.id() + " in period " + openPeriod;
    }

    private String applyClose(PeriodClose c, TransactionEnvelope tx, NodeId proposer, List<PeriodEvent> events) {
        if (c.period() != openPeriod) {
            return "ignored: period " + c.period() + ": not the open period " + openPeriod;
        }
        PeriodRecord p = record(openPeriod);
        p.closed = true;
        p.closedAt = tx.timestamp();
        p.leader = proposer;
        openPeriod++;
        record(openPeriod);
        events.add(new PeriodEvent(Phase.CLOSED, p.number, proposer));
        long reached = p.number - tolerancePeriods;
        for (PeriodRecord q : periods.headMap(reached, true).values()) {
            makeDueIfReady(q, true, proposer, events);
        }
        return "accepted: period " + c.period() + " closed";
    }

    private String applyMatch(MatchRecord m, Block block, NodeId proposer, List<PeriodEvent> events) {
        PeriodRecord p = periods.get(m.period());
        if (p == null || !p.closed) {
            return "ignored: period " + m.period() + ": not closed";
        }
        if (p.result != null) {
            return "ignored: period " + m.period() + ": already matched";
        }
        MatchResult expected = expectedMatch(p);
        if (!expected.mechanism().equals(m.mechanism()) || !expected.trades().equals(m.trades())
                || !expected.gridTrades().equals(m.gridTrades())) {
            return "ignored: period " + m.period() + ": result differs from this node's " + expected.mechanism()
                    + " run";
        }
        p.result = expected;
        p.matchedHeight = block.height();
        Set<OrderId> traded = new HashSet<>();
        for (Trade t : expected.trades()) {
            traded.add(t.sellOrder());
            traded.add(t.buyOrder());
            tradeLog.add(new TradeRecord(p.number, t, block.height()));
        }
        for (GridTrade g : expected.gridTrades()) {
            traded.add(g.order());
        }
        Set<OrderId> rejected = new HashSet<>();
        expected.rejections().forEach(r -> rejected.add(r.order()));
        for (Order o : p.orders) {
            orders.get(o.id()).status = rejected.contains(o.id()) ? "rejected"
                    : traded.contains(o.id()) ? "matched" : "unmatched";
        }
        events.add(new PeriodEvent(Phase.MATCHED, p.number, proposer));
        makeDueIfReady(p, openPeriod - 1 >= p.number + tolerancePeriods, proposer, events);
        return "accepted: period " + m.period() + " matched, " + expected.trades().size() + " trades";
    }

    private String applyUpload(MeterUpload u, Block block, NodeId proposer, List<PeriodEvent> events) {
        PeriodRecord p = record(u.period());
        if (p.actuals.containsKey(u.participant()) || p.late.containsKey(u.participant())) {
            return "ignored: meter upload " + u.participant() + " period " + u.period() + ": already uploaded";
        }
        if (p.due != null) {
            p.late.put(u.participant(), u.energy());
            return "accepted: late meter upload " + u.participant() + " period " + u.period() + " (never settles)";
        }
        p.actuals.put(u.participant(), u.energy());
        makeDueIfReady(p, false, proposer, events);
        return "accepted: meter upload " + u.participant() + " period " + u.period();
    }

    private void makeDueIfReady(PeriodRecord p, boolean toleranceReached, NodeId proposer, List<PeriodEvent> events) {
        if (p.result == null || p.due != null) {
            return;
        }
        if (!toleranceReached && !p.actuals.keySet().containsAll(participants(p.result))) {
            return;
        }
        p.due = settlement.settle(p.number, p.result, new TreeMap<>(p.actuals));
        events.add(new PeriodEvent(Phase.DUE, p.number, proposer));
    }

    private static Set<ParticipantId> participants(MatchResult r) {
        Set<ParticipantId> out = new LinkedHashSet<>();
        for (Trade t : r.trades()) {
            out.add(t.seller());
            out.add(t.buyer());
        }
        for (GridTrade g : r.gridTrades()) {
            out.add(g.participant());
        }
        return out;
    }

    private String applySettlement(SettlementRecord s, List<PeriodEvent> events, NodeId proposer) {
        PeriodRecord p = periods.get(s.period());
        if (p == null || p.due == null) {
            return "ignored: period " + s.period() + ": not due for settlement";
        }
        if (p.settled) {
            return "ignored: period " + s.period() + ": already settled";
        }
        if (!p.due.equals(s)) {
            return "ignored: period " + s.period() + ": settlement differs from this node's computation";
        }
        for (Transfer t : s.transfers()) {
            for (AccountId a : List.of(t.from(), t.to())) {
                if (!a.equals(AccountId.GRID) && !a.equals(AccountId.FEE_POOL) && !a.equals(AccountId.REWARD_POOL)) {
                    ledger.openIfAbsent(a, CreditLimit.UNLIMITED);
                }
            }
        }
        ledger.post(s.transfers());
        for (ReputationEntry r : s.reputation()) {
            reputation.record(r.participant(), r.event(), "period " + s.period());
        }
        p.settled = true;
        for (Order o : p.orders) {
            OrderRecord rec = orders.get(o.id());
            if (rec.status.equals("matched")) {
                rec.status = "settled";
            }
        }
        events.add(new PeriodEvent(Phase.SETTLED, p.number, proposer));
        return "accepted: period " + s.period() + " settled, " + s.transfers().size() + " transfers";
    }

    private PeriodRecord record(long k) {
        return periods.computeIfAbsent(k, PeriodRecord::new);
    }

    private MatchResult expectedMatch(PeriodRecord p) {
        if (p.expected == null) {
            p.expected = matcher.match(List.copyOf(p.orders));
        }
        return p.expected;
    }

    // ---------------------------------------------------------------- duties: what a node should submit

    /**
     * @param k a period
     * @return the match result this node would submit for K, when K is closed and not matched yet
     */
    public synchronized Optional<MatchRecord> pendingMatch(long k) {
        PeriodRecord p = periods.get(k);
        if (p == null || !p.closed || p.result != null) {
            return Optional.empty();
        }
        MatchResult r = expectedMatch(p);
        return Optional.of(new MatchRecord(k, r.mechanism(), r.trades(), r.gridTrades()));
    }

    /**
     * @param k a period
     * @return the settlement this node would submit for K, when K is due and not settled yet
     */
    public synchronized Optional<SettlementRecord> pendingSettlement(long k) {
        PeriodRecord p = periods.get(k);
        return p == null || p.due == null || p.settled ? Optional.empty() : Optional.of(p.due);
    }

    /** @return periods closed but not matched, oldest first */
    public synchronized List<Long> unmatchedPeriods() {
        List<Long> out = new ArrayList<>();
        periods.values().forEach(p -> {
            if (p.closed && p.result == null) {
                out.add(p.number);
            }
        });
        return out;
    }

    /** @return periods due but not settled, oldest first */
    public synchronized List<Long> unsettledDuePeriods() {
        List<Long> out = new ArrayList<>();
        periods.values().forEach(p -> {
            if (p.due != null && !p.settled) {
                out.add(p.number);
            }
        });
        return out;
    }

    /**
     * @param k a period
     * @param participant a participant
     * @return whether the chain already holds an upload of the participant for K
     */
    public synchronized boolean hasUpload(long k, ParticipantId participant) {
        PeriodRecord p = periods.get(k);
        return p != null && (p.actuals.containsKey(participant) || p.late.containsKey(participant));
    }

    // ---------------------------------------------------------------- reads

    /** @return the height of the last applied block, or -1 */
    public synchronized long height() {
        return height;
    }

    /** @return the hash of the last applied block (empty before the first) */
    public synchronized Bytes headHash() {
        return headHash;
    }

    /** @return the timestamp of the last applied block (epoch ms), or 0 */
    public synchronized long headTimestamp() {
        return headTimestamp;
    }

    /** @return the view derived from the proposers: the smallest view whose primary proposed each block */
    public synchronized long view() {
        return view;
    }

    /** @return the chain's open period */
    public synchronized long openPeriod() {
        return openPeriod;
    }

    /** @return transactions applied (including ignored ones) */
    public synchronized long transactions() {
        return transactions;
    }

    /** @return transactions kept on the chain but ignored by the rules */
    public synchronized long ignoredTransactions() {
        return ignored;
    }

    /**
     * @param id a transaction id
     * @return whether a block applied here carried it
     */
    public synchronized boolean contains(Bytes id) {
        return applied.contains(id);
    }

    /**
     * @param id a transaction id
     * @return {@code accepted: ...} or {@code ignored: reason}, if applied
     */
    public synchronized Optional<String> outcome(Bytes id) {
        return Optional.ofNullable(outcomes.get(id));
    }

    /**
     * @param id an order id
     * @return the order, if on the chain
     */
    public synchronized Optional<OrderView> order(OrderId id) {
        OrderRecord r = orders.get(id);
        return r == null ? Optional.empty()
                : Optional.of(new OrderView(r.order, r.period, r.status, r.transaction, r.height));
    }

    /**
     * @param k a period
     * @return its trades (empty if not matched)
     */
    public synchronized List<Trade> trades(long k) {
        PeriodRecord p = periods.get(k);
        return p == null || p.result == null ? List.of() : p.result.trades();
    }

    /**
     * @param k a period
     * @return every counted meter upload of K (the first per participant), those that arrived after K became due
     *     (late, never settled) included; {@link PeriodView#actuals()} holds only the ones in time
     */
    public synchronized SortedMap<ParticipantId, Energy> uploads(long k) {
        PeriodRecord p = periods.get(k);
        TreeMap<ParticipantId, Energy> out = new TreeMap<>();
        if (p != null) {
            out.putAll(p.actuals);
            out.putAll(p.late);
        }
        return Collections.unmodifiableSortedMap(out);
    }

    /**
     * @param k a period
     * @return the transfers of K's accepted settlement, in posting order (empty until K is settled)
     */
    public synchronized List<Transfer> settledTransfers(long k) {
        PeriodRecord p = periods.get(k);
        return p == null || !p.settled ? List.of() : p.due.transfers();
    }

    /**
     * @param limit how many
     * @return the most recent committed trades, oldest first
     */
    public synchronized List<TradeRecord> recentTrades(int limit) {
        return List.copyOf(tradeLog.subList(Math.max(0, tradeLog.size() - limit), tradeLog.size()));
    }

    /**
     * @param k a period
     * @return the period, if the chain has seen it
     */
    public synchronized Optional<PeriodView> period(long k) {
        PeriodRecord p = periods.get(k);
        if (p == null) {
            return Optional.empty();
        }
        return Optional.of(new PeriodView(p.number, p.status(), p.orders.size(), Optional.ofNullable(p.leader),
                p.closedAt, p.result == null ? List.of() : p.result.trades(),
                p.result == null ? List.of() : p.result.gridTrades(), Collections.unmodifiableSortedMap(new TreeMap<>(p.actuals))));
    }

    /**
     * @param account an account
     * @return its balance, postings and reputation (a participant the chain does not know has balance 0)
     */
    public synchronized AccountView account(AccountId account) {
        Money balance = ledger.has(account) ? ledger.balance(account) : Money.ZERO;
        List<Transfer> postings = new ArrayList<>();
        for (LedgerEntry e : ledger.entries()) {
            if (e instanceof LedgerEntry.Posted p && (p.transfer().from().equals(account)
                    || p.transfer().to().equals(account))) {
                postings.add(p.transfer());
            }
        }
        return new AccountView(account, balance, postings, reputation.score(ParticipantId.of(account.value())));
    }

    /** @return every open account's balance */
    public synchronized SortedMap<AccountId, Money> balances() {
        return ledger.balances();
    }

    /** @return the sum of every balance (zero: money moves, it is never created) */
    public synchronized Money total() {
        return ledger.total();
    }

    /** @return the reputation score of every participant with events */
    public synchronized SortedMap<ParticipantId, Integer> reputation() {
        return reputation.scores();
    }
}
