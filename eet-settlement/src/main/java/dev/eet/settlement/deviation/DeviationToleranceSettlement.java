package dev.eet.settlement.deviation;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.model.Trade;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.settlement.ReputationEvent;
import dev.eet.api.settlement.Transfer;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Deviation-tolerance settlement on plain values (settlement.md section 3): decides with
 * {@link DeviationTolerance} over {@link ExactDecimalAlgebra}, then produces the movements (the buyer pays the
 * seller the settled quantity at the trade price; a party at fault pays the configured fine to the fee account)
 * and the reputation events (a completed trade for each party not at fault, a penalty for the one at fault).
 */
public final class DeviationToleranceSettlement {
    private final DeviationTolerance<BigDecimal> tolerance;
    private final Money fine;
    private final AccountId fineAccount;

    /**
     * @param sigma the tolerance (positive)
     * @param fine the fine a party at fault pays (zero for none)
     * @param fineAccount where fines go (normally {@link AccountId#FEE_POOL})
     */
    public DeviationToleranceSettlement(BigDecimal sigma, Money fine, AccountId fineAccount) {
        this.tolerance = new DeviationTolerance<>(ExactDecimalAlgebra.INSTANCE, sigma);
        if (fine.isNegative()) {
            throw new InvalidArgumentException("deviation tolerance", "fine", "must not be negative, was " + fine);
        }
        this.fine = fine;
        this.fineAccount = Objects.requireNonNull(fineAccount, "fineAccount");
    }

    /**
     * The result of settling one trade.
     *
     * @param decision the tolerance decision (on kWh values)
     * @param settled the settled quantity
     * @param transfers the movements to post, in order
     * @param reputation the reputation event of each party
     */
    public record Outcome(ToleranceDecision<BigDecimal> decision, Energy settled, List<Transfer> transfers,
                          Map<ParticipantId, ReputationEvent> reputation) {
        /** Copies the collections. */
        public Outcome {
            transfers = List.copyOf(transfers);
            reputation = Map.copyOf(reputation);
        }
    }

    /**
     * @param trade the matched trade (v_m is its quantity)
     * @param actual the metered actual v_a (not negative)
     * @param metered whose meter measured it
     * @return the outcome
     */
    public Outcome settle(Trade trade, Energy actual, MeteredParty metered) {
        if (actual.isNegative()) {
            throw new InvalidArgumentException("trade " + trade.sellOrder() + "/" + trade.buyOrder(), "actualKwh",
                    "must not be negative, was " + actual.toPlainString());
        }
        ToleranceDecision<BigDecimal> d = tolerance.decide(trade.quantity().toKwh(), actual.toKwh(), metered,
                ExactDecimalAlgebra.INSTANCE);
        Energy settled = Energy.ofKwh(d.settled());
        List<Transfer> transfers = new ArrayList<>();
        Money pay = settled.times(trade.price());
        String tag = "trade " + trade.sellOrder() + "/" + trade.buyOrder();
        if (pay.signum() > 0) {
            transfers.add(new Transfer(AccountId.of(trade.buyer()), AccountId.of(trade.seller()), pay,
                    tag + ": settled " + settled.toPlainString() + " kWh"
                            + (d.withinTolerance() ? " (matched, within tolerance)" : " (metered)")));
        }
        ParticipantId faulty = d.atFault().map(p -> p == MeteredParty.SELLER ? trade.seller() : trade.buyer())
                .orElse(null);
        if (faulty != null && fine.signum() > 0) {
            transfers.add(new Transfer(AccountId.of(faulty), fineAccount, fine,
                    tag + ": fine for deviation beyond tolerance " + tolerance.sigma().toPlainString()));
        }
        Map<ParticipantId, ReputationEvent> rep = Map.of(
                trade.seller(), trade.seller().equals(faulty) ? ReputationEvent.PENALTY : ReputationEvent.COMPLETED_TRADE,
                trade.buyer(), trade.buyer().equals(faulty) ? ReputationEvent.PENALTY : ReputationEvent.COMPLETED_TRADE);
        return new Outcome(d, settled, transfers, rep);
    }
}
