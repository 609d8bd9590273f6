package dev.eet.examples.node;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.matching.MatchResult;
import dev.eet.api.model.GridTrade;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.model.Side;
import dev.eet.api.model.Trade;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.settlement.CompensationRule;
import dev.eet.api.settlement.ReputationEvent;
import dev.eet.api.settlement.Transfer;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import dev.eet.api.value.Price;
import dev.eet.examples.node.ExchangeTransaction.ReputationEntry;
import dev.eet.examples.node.ExchangeTransaction.SettlementRecord;
import dev.eet.settlement.compensation.ForecastDeviationSettlement;
import dev.eet.settlement.trade.MatchSettlement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Settles one matched period against the metered actuals on the chain (settlement.md sections 2 and 4), as a pure
 * function of the match result and the actuals, so that every node computes the same transfers:
 * <ul>
 *   <li>each peer trade goes through {@link ForecastDeviationSettlement} with the configured
 *       {@link CompensationRule}: a seller's metered supply (a buyer's metered consumption) is allocated to its
 *       trades in trade order; a participant without an upload is taken to have delivered (consumed) as
 *       contracted;</li>
 *   <li>grid trades are paid at face value ({@link MatchSettlement}, no fees);</li>
 *   <li>reputation: a party whose allocated energy deviates from the contract by less than {@code tolerance}
 *       (relative, strict) completed the trade, otherwise it is penalised; a missing upload is a penalty only when
 *       {@code penaliseMissing};</li>
 *   <li>with {@code settleResiduals} (off by default), each contract party's metered energy outside its contracts is
 *       settled with the grid too, after the peer trades took their share: a grid sale delivered short is bought
 *       back at retail, a grid purchase consumed short is sold back at feed-in; supply left over beyond every
 *       contract is exported at feed-in, demand left over imported at retail. Parties without an upload count as
 *       contracted; participants without any trade in the period are not settled (the grid bills them).
 *       Amounts HALF_EVEN at 6 decimals, zero amounts skipped, parties in id order.</li>
 * </ul>
 */
public final class PeriodSettlement {
    private final ForecastDeviationSettlement deviation;
    private final BigDecimal tolerance;
    private final boolean penaliseMissing;
    private final boolean settleResiduals;
    private final Price gridRetail;
    private final Price gridFeedIn;

    /**
     * @param rule the compensation rule
     * @param gridRetail the grid's retail price
     * @param gridFeedIn the grid's feed-in price
     * @param tolerance relative deviation below which a trade counts as completed, in [0, 1]
     * @param penaliseMissing whether a missing upload is a reputation penalty
     */
    public PeriodSettlement(CompensationRule rule, Price gridRetail, Price gridFeedIn, BigDecimal tolerance,
                            boolean penaliseMissing) {
        this(rule, gridRetail, gridFeedIn, tolerance, penaliseMissing, false);
    }

    /**
     * @param rule the compensation rule
     * @param gridRetail the grid's retail price
     * @param gridFeedIn the grid's feed-in price
     * @param tolerance relative deviation below which a trade counts as completed, in [0, 1]
     * @param penaliseMissing whether a missing upload is a reputation penalty
     * @param settleResiduals whether contract parties' energy outside their contracts is settled with the grid
     */
    public PeriodSettlement(CompensationRule rule, Price gridRetail, Price gridFeedIn, BigDecimal tolerance,
                            boolean penaliseMissing, boolean settleResiduals) {
        this.settleResiduals = settleResiduals;
        this.gridRetail = Objects.requireNonNull(gridRetail, "gridRetail");
        this.gridFeedIn = Objects.requireNonNull(gridFeedIn, "gridFeedIn");
        this.deviation = new ForecastDeviationSettlement(rule, gridRetail, gridFeedIn);
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
        if (tolerance.signum() < 0 || tolerance.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidArgumentException("settlement", "deviationTolerance", "must lie in [0, 1], was "
                    + tolerance.toPlainString());
        }
        this.penaliseMissing = penaliseMissing;
    }

    /**
     * @param period the period
     * @param result the period's match result
     * @param actuals metered signed energy per participant (+ supplied, - consumed) known when the period became due
     * @return the settlement transaction's content
     */
    public SettlementRecord settle(long period, MatchResult result, SortedMap<ParticipantId, Energy> actuals) {
        Map<ParticipantId, Energy> supplyLeft = new HashMap<>();
        Map<ParticipantId, Energy> demandLeft = new HashMap<>();
        actuals.forEach((p, e) -> {
            supplyLeft.put(p, Energy.max(e, Energy.ZERO));
            demandLeft.put(p, Energy.max(e.negate(), Energy.ZERO));
        });
        List<Transfer> transfers = new ArrayList<>();
        Map<ParticipantId, ReputationEvent> events = new LinkedHashMap<>();
        for (Trade t : result.trades()) {
            Energy q = t.quantity();
            Energy delivered = take(supplyLeft, t.seller(), q);
            Energy consumed = take(demandLeft, t.buyer(), q);
            transfers.addAll(deviation.settle(t, delivered, consumed));
            note(events, t.seller(), actuals.containsKey(t.seller()), q, delivered);
            note(events, t.buyer(), actuals.containsKey(t.buyer()), q, consumed);
        }
        List<GridTrade> grid = result.gridTrades();
        transfers.addAll(new MatchSettlement(BigDecimal.ZERO, BigDecimal.ZERO).transfers(
                new MatchResult(result.mechanism(), List.of(), grid, List.of(), List.of())));
        if (settleResiduals) {
            transfers.addAll(residuals(period, result, actuals, supplyLeft, demandLeft));
        }
        List<ReputationEntry> rep = new ArrayList<>();
        events.forEach((p, e) -> rep.add(new ReputationEntry(p, e)));
        return new SettlementRecord(period, transfers, rep);
    }

    private List<Transfer> residuals(long period, MatchResult result, SortedMap<ParticipantId, Energy> actuals,
                                     Map<ParticipantId, Energy> supplyLeft, Map<ParticipantId, Energy> demandLeft) {
        List<Transfer> out = new ArrayList<>();
        String tag = "period " + period + ": ";
        for (GridTrade g : result.gridTrades()) {
            if (!actuals.containsKey(g.participant())) {
                continue;
            }
            AccountId who = AccountId.of(g.participant());
            if (g.side() == Side.SELL) {
                Energy shortfall = g.quantity().minus(take(supplyLeft, g.participant(), g.quantity()));
                add(out, who, AccountId.GRID, shortfall.times(gridRetail), tag + "grid sale " + g.order() + " "
                        + shortfall.toPlainString() + " kWh short, bought back");
            } else {
                Energy unused = g.quantity().minus(take(demandLeft, g.participant(), g.quantity()));
                add(out, AccountId.GRID, who, unused.times(gridFeedIn), tag + "grid purchase " + g.order() + " "
                        + unused.toPlainString() + " kWh unused, sold back");
            }
        }
        SortedSet<ParticipantId> parties = new TreeSet<>(participants(result));
        for (ParticipantId p : parties) {
            if (!actuals.containsKey(p)) {
                continue;
            }
            AccountId who = AccountId.of(p);
            Energy export = supplyLeft.getOrDefault(p, Energy.ZERO);
            Energy imported = demandLeft.getOrDefault(p, Energy.ZERO);
            add(out, AccountId.GRID, who, export.times(gridFeedIn), tag + "residual " + export.toPlainString()
                    + " kWh exported");
            add(out, who, AccountId.GRID, imported.times(gridRetail), tag + "residual " + imported.toPlainString()
                    + " kWh imported");
        }
        return out;
    }

    private static Set<ParticipantId> participants(MatchResult r) {
        Set<ParticipantId> out = new HashSet<>();
        for (Trade t : r.trades()) {
            out.add(t.seller());
            out.add(t.buyer());
        }
        r.gridTrades().forEach(g -> out.add(g.participant()));
        return out;
    }

    private static void add(List<Transfer> out, AccountId from, AccountId to, Money amount, String reason) {
        if (amount.signum() > 0) {
            out.add(new Transfer(from, to, amount, reason));
        }
    }

    private static Energy take(Map<ParticipantId, Energy> left, ParticipantId p, Energy q) {
        Energy available = left.get(p);
        if (available == null) {
            return q;                         // no upload: as contracted
        }
        Energy used = Energy.min(q, available);
        left.put(p, available.minus(used));
        return used;
    }

    /** One event per participant and period: any penalty wins over completion. */
    private void note(Map<ParticipantId, ReputationEvent> events, ParticipantId p, boolean uploaded, Energy q,
                      Energy actual) {
        ReputationEvent e;
        if (!uploaded) {
            e = penaliseMissing ? ReputationEvent.PENALTY : ReputationEvent.COMPLETED_TRADE;
        } else {
            BigDecimal dev = new BigDecimal(q.minus(actual).abs().microKwh())
                    .divide(new BigDecimal(q.microKwh()), 12, java.math.RoundingMode.HALF_EVEN);
            e = dev.compareTo(tolerance) < 0 || dev.signum() == 0 ? ReputationEvent.COMPLETED_TRADE
                    : ReputationEvent.PENALTY;
        }
        if (events.get(p) != ReputationEvent.PENALTY) {
            events.put(p, e);
        }
    }
}
