package dev.eet.settlement.async;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.settlement.ReputationEvent;
import dev.eet.api.settlement.Transfer;
import dev.eet.api.spi.Config;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import dev.eet.api.value.Price;
import dev.eet.settlement.ledger.Account;
import dev.eet.settlement.ledger.CreditLimit;
import dev.eet.settlement.ledger.Ledger;
import dev.eet.settlement.reputation.ReputationLog;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The asynchronous settlement engine of settlement.md section 1. Meter uploads arrive at any time; at the end of
 * each cycle {@link #endOfCycle(long)} settles, on the data already received, every open cycle:
 * <ul>
 *   <li>normal cycle (every expected upload present): settled with {@link PriorityMatrixSettlement};</li>
 *   <li>abnormal cycle: {@link CycleOutcome.Deferred} while fewer than {@code tolerance} cycles have passed; the
 *       missing data may still arrive and the cycle then settles normally;</li>
 *   <li>at cycle {@code c + tolerance} with data still missing: {@link CycleOutcome.SettledIncompletely} on the
 *       data present (the grid takes every remaining position) and the {@link PenaltyPolicy} applied to each user
 *       who did not upload: fine, reputation penalty, optional freeze;</li>
 *   <li>an upload for a settled cycle is {@linkplain UploadReceipt.RecordedLate recorded} but never settles: no
 *       cycle settles twice, and settling a settled cycle again returns its outcome and changes nothing.</li>
 * </ul>
 * Payments: each record's buyer pays its seller ({@link AccountId#GRID} for the grid). Participant accounts are
 * opened on first use with the configured credit limit (default {@link CreditLimit#UNLIMITED}: metered energy is
 * already consumed, so settlement is post-paid; configure a limit to have settlement refused instead, in which
 * case the cycle stays open and no money moves; accounts opened for its users stay open, with zero balance). A frozen account's positions are taken by the grid (it no
 * longer trades peer-to-peer) but it still pays for what it consumed. Reputation: each peer-to-peer record is a
 * completed trade for both sides; each missing upload a penalty. Thread-safe.
 */
public final class AsyncSettlement {
    private final Ledger ledger;
    private final ReputationLog reputation;
    private final int tolerance;
    private final PenaltyPolicy penalties;
    private final CreditLimit newAccountLimit;
    private final SortedMap<Long, Cycle> cycles = new TreeMap<>();
    private final SortedMap<Long, Cycle> unsettled = new TreeMap<>();
    private final List<UploadReceipt.RecordedLate> late = new ArrayList<>();

    /**
     * @param ledger where money moves (needs {@link AccountId#GRID} and the fine account open)
     * @param reputation where reputation events go
     * @param tolerance n: cycles an abnormal cycle waits for missing data (0 settles incompletely at once)
     * @param penalties what happens to users who did not upload
     * @param newAccountLimit the credit limit of participant accounts opened by settlement
     */
    public AsyncSettlement(Ledger ledger, ReputationLog reputation, int tolerance, PenaltyPolicy penalties,
                           CreditLimit newAccountLimit) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.reputation = Objects.requireNonNull(reputation, "reputation");
        if (tolerance < 0) {
            throw new InvalidArgumentException("async settlement", "tolerance", "must not be negative, was "
                    + tolerance);
        }
        this.tolerance = tolerance;
        this.penalties = Objects.requireNonNull(penalties, "penalties");
        this.newAccountLimit = Objects.requireNonNull(newAccountLimit, "newAccountLimit");
        ledger.account(AccountId.GRID);
        ledger.account(penalties.fineAccount());
    }

    /** The configuration keys of {@link #fromConfig(Ledger, ReputationLog, Config)}. */
    public static final Set<String> KEYS = Set.of("tolerance", "fine", "freeze", "creditLimit");

    /**
     * Builds an engine from configuration: {@code tolerance} (cycles, default 2), {@code fine} (money, default 0),
     * {@code freeze} (default false), {@code creditLimit} of accounts it opens ({@code unlimited}, the default,
     * or an amount). Fines go to {@link AccountId#FEE_POOL}.
     *
     * @param ledger the ledger
     * @param reputation the reputation log
     * @param config the parameters
     * @return the engine
     * @throws InvalidArgumentException naming an unknown or invalid key
     */
    public static AsyncSettlement fromConfig(Ledger ledger, ReputationLog reputation, Config config) {
        Config c = config.withSubject("async settlement").requireOnly(KEYS);
        String limit = c.getString("creditLimit", "unlimited").trim();
        CreditLimit creditLimit = limit.equalsIgnoreCase("unlimited") ? CreditLimit.UNLIMITED
                : CreditLimit.upTo(c.getMoney("creditLimit", Money.ZERO));
        return new AsyncSettlement(ledger, reputation, c.getInt("tolerance", 2),
                new PenaltyPolicy(c.getMoney("fine", Money.ZERO), c.getBoolean("freeze", false), AccountId.FEE_POOL),
                creditLimit);
    }

    /** @return the tolerance n */
    public int tolerance() {
        return tolerance;
    }

    /**
     * Opens a cycle: who must upload, and the terms it settles at.
     *
     * @param cycle the cycle number
     * @param expected the users whose upload is expected
     * @param matrix the price/priority matrix
     * @param gridPrice the grid price
     * @throws InvalidArgumentException if the cycle is already open or settled, or an expected user is the grid
     */
    public synchronized void open(long cycle, Collection<ParticipantId> expected, PriceMatrix matrix,
                                  Price gridPrice) {
        if (cycles.containsKey(cycle)) {
            throw new InvalidArgumentException("cycle " + cycle, "cycle", "already opened");
        }
        if (gridPrice.signum() < 0) {
            throw new InvalidArgumentException("cycle " + cycle, "gridPrice", "must not be negative, was "
                    + gridPrice.toPlainString());
        }
        SortedSet<ParticipantId> users = new TreeSet<>(expected);
        if (users.contains(ParticipantId.GRID)) {
            throw new InvalidArgumentException("cycle " + cycle, "expected", "the grid does not upload");
        }
        Cycle c = new Cycle(cycle, users, Objects.requireNonNull(matrix, "matrix"), gridPrice);
        cycles.put(cycle, c);
        unsettled.put(cycle, c);
    }

    /**
     * Receives one meter upload.
     *
     * @param cycle the cycle it measures
     * @param user the uploading user
     * @param energy signed kWh: positive supplied, negative consumed
     * @return accepted for settlement, or recorded late (the cycle is settled)
     * @throws InvalidArgumentException if the cycle was never opened, the user is the grid, or the user already
     *         uploaded for this open cycle
     */
    public synchronized UploadReceipt upload(long cycle, ParticipantId user, Energy energy) {
        Cycle c = cycles.get(cycle);
        String subject = "upload from " + user + " for cycle " + cycle;
        if (c == null) {
            throw new InvalidArgumentException(subject, "cycle", "was never opened");
        }
        if (user.equals(ParticipantId.GRID)) {
            throw new InvalidArgumentException(subject, "user", "the grid does not upload");
        }
        if (c.outcome != null) {
            UploadReceipt.RecordedLate r = new UploadReceipt.RecordedLate(cycle, user, energy,
                    settledAt(c.outcome));
            late.add(r);
            return r;
        }
        if (c.uploads.containsKey(user)) {
            throw new InvalidArgumentException(subject, "user", "already uploaded "
                    + c.uploads.get(user).toPlainString() + " kWh for this cycle");
        }
        c.uploads.put(user, energy);
        return new UploadReceipt.Accepted(cycle, user, energy);
    }

    /**
     * Runs settlement at the end of cycle {@code now}: every opened cycle up to {@code now} that is not settled
     * yet is settled or deferred, in cycle order.
     *
     * @param now the cycle that just ended
     * @return the outcome of each cycle looked at, in cycle order (settled cycles are not repeated)
     */
    public synchronized List<CycleOutcome> endOfCycle(long now) {
        List<CycleOutcome> out = new ArrayList<>();
        for (Cycle c : List.copyOf(unsettled.headMap(now + 1).values())) {
            out.add(process(c, now));
        }
        return out;
    }

    /**
     * Settles one cycle at the end of cycle {@code now}; a cycle that is already settled returns its outcome and
     * nothing changes.
     *
     * @param cycle the cycle
     * @param now the cycle that just ended (at least {@code cycle})
     * @return the outcome
     */
    public synchronized CycleOutcome settle(long cycle, long now) {
        Cycle c = cycles.get(cycle);
        if (c == null) {
            throw new InvalidArgumentException("cycle " + cycle, "cycle", "was never opened");
        }
        if (c.outcome != null) {
            return c.outcome;
        }
        if (now < cycle) {
            throw new InvalidArgumentException("cycle " + cycle, "now", "cycle " + now + " is before the cycle ends");
        }
        return process(c, now);
    }

    /**
     * @param cycle a cycle
     * @return its final outcome, if settled
     */
    public synchronized Optional<CycleOutcome> outcome(long cycle) {
        Cycle c = cycles.get(cycle);
        return c == null ? Optional.empty() : Optional.ofNullable(c.outcome);
    }

    /** @return uploads that arrived after their cycle was settled, in arrival order */
    public synchronized List<UploadReceipt.RecordedLate> lateUploads() {
        return List.copyOf(late);
    }

    private CycleOutcome process(Cycle c, long now) {
        SortedSet<ParticipantId> missing = new TreeSet<>(c.expected);
        missing.removeAll(c.uploads.keySet());
        if (!missing.isEmpty() && now - c.cycle < tolerance) {
            return new CycleOutcome.Deferred(c.cycle, missing, c.cycle + tolerance);
        }
        SortedMap<ParticipantId, Energy> supply = new TreeMap<>();
        SortedMap<ParticipantId, Energy> consumption = new TreeMap<>();
        Set<ParticipantId> frozen = new HashSet<>();
        for (Map.Entry<ParticipantId, Energy> u : c.uploads.entrySet()) {
            if (u.getValue().isPositive()) {
                supply.put(u.getKey(), u.getValue());
            } else if (u.getValue().isNegative()) {
                consumption.put(u.getKey(), u.getValue().negate());
            }
            AccountId id = AccountId.of(u.getKey());
            if (ledger.has(id) && ledger.isFrozen(id)) {
                frozen.add(u.getKey());
            }
        }
        List<SettlementRecord> records = PriorityMatrixSettlement.settle(supply, consumption, c.matrix, c.gridPrice,
                frozen);
        List<Transfer> transfers = new ArrayList<>(records.size());
        for (SettlementRecord r : records) {
            r.transfer().ifPresent(transfers::add);
        }
        for (ParticipantId user : c.uploads.keySet()) {
            ledger.openIfAbsent(AccountId.of(user), newAccountLimit);
        }
        ledger.post(transfers);
        for (SettlementRecord r : records) {
            if (!r.withGrid()) {
                reputation.record(r.seller(), ReputationEvent.COMPLETED_TRADE, "cycle " + c.cycle + " sold to "
                        + r.buyer());
                reputation.record(r.buyer(), ReputationEvent.COMPLETED_TRADE, "cycle " + c.cycle + " bought from "
                        + r.seller());
            }
        }
        if (missing.isEmpty()) {
            c.outcome = new CycleOutcome.Settled(c.cycle, now, records);
            unsettled.remove(c.cycle);
            return c.outcome;
        }
        List<Penalty> applied = new ArrayList<>();
        for (ParticipantId user : missing) {
            applied.add(penalise(user, c.cycle));
        }
        c.outcome = new CycleOutcome.SettledIncompletely(c.cycle, now, records, applied);
        unsettled.remove(c.cycle);
        return c.outcome;
    }

    private Penalty penalise(ParticipantId user, long cycle) {
        AccountId id = AccountId.of(user);
        Account account = ledger.openIfAbsent(id, newAccountLimit);
        String reason = "no upload for cycle " + cycle;
        Money fine = penalties.fine();
        Money charged = fine;
        if (!account.creditLimit().unlimited()) {
            Money headroom = ledger.balance(id).plus(account.creditLimit().amount());
            charged = Money.max(Money.ZERO, Money.min(fine, headroom));
        }
        if (charged.signum() > 0) {
            ledger.post(new Transfer(id, penalties.fineAccount(), charged, "fine: " + reason));
        }
        reputation.record(user, ReputationEvent.PENALTY, reason);
        if (penalties.freeze()) {
            ledger.freeze(id, reason);
        }
        return new Penalty(user, charged, fine.minus(charged), penalties.freeze());
    }

    private static long settledAt(CycleOutcome o) {
        if (o instanceof CycleOutcome.Settled s) {
            return s.settledAt();
        }
        if (o instanceof CycleOutcome.SettledIncompletely s) {
            return s.settledAt();
        }
        return o.cycle();
    }

    /** One cycle's mutable state (guarded by the engine's lock). */
    private static final class Cycle {
        private final long cycle;
        private final SortedSet<ParticipantId> expected;
        private final PriceMatrix matrix;
        private final Price gridPrice;
        private final SortedMap<ParticipantId, Energy> uploads = new TreeMap<>();
        private CycleOutcome outcome;

        private Cycle(long cycle, SortedSet<ParticipantId> expected, PriceMatrix matrix, Price gridPrice) {
            this.cycle = cycle;
            this.expected = expected;
            this.matrix = matrix;
            this.gridPrice = gridPrice;
        }
    }
}
