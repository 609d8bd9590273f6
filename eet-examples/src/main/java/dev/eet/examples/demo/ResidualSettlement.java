package dev.eet.examples.demo;

import dev.eet.api.matching.GridTariff;
import dev.eet.api.matching.MatchResult;
import dev.eet.api.model.GridTrade;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.model.Side;
import dev.eet.api.model.Trade;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.settlement.Transfer;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Settles metered actuals against what a clearing contracted: each participant's residual
 * {@code actual - (sold - bought)} (peer and grid trades of the period) is taken by the grid, a surplus at the
 * feed-in price (the grid pays), a shortfall at the retail price (the participant pays), each amount HALF_EVEN at
 * 6 decimals, in participant-id order. This is the demo's rule for forecast deviations at the participant level
 * (a seller that delivers less than it sold buys the shortfall from the grid at retail, a buyer that uses less
 * sells the rest at feed-in); the contract itself is settled by eet-settlement's {@code MatchSettlement}.
 */
public final class ResidualSettlement {
    private final GridTariff tariff;

    /**
     * @param tariff the grid's prices
     */
    public ResidualSettlement(GridTariff tariff) {
        this.tariff = Objects.requireNonNull(tariff, "tariff");
    }

    /**
     * @param period the period number (for the transfer reasons)
     * @param result the period's clearing
     * @param actual metered net energy per participant (+ supply)
     * @return the grid transfers for the residuals (none for a zero residual or a zero amount)
     */
    public List<Transfer> transfers(int period, MatchResult result, Map<ParticipantId, Energy> actual) {
        Map<ParticipantId, Energy> contracted = new TreeMap<>();
        for (Trade t : result.trades()) {
            contracted.merge(t.seller(), t.quantity(), Energy::plus);
            contracted.merge(t.buyer(), t.quantity().negate(), Energy::plus);
        }
        for (GridTrade g : result.gridTrades()) {
            contracted.merge(g.participant(), g.side() == Side.SELL ? g.quantity() : g.quantity().negate(),
                    Energy::plus);
        }
        List<Transfer> out = new ArrayList<>();
        for (Map.Entry<ParticipantId, Energy> e : new TreeMap<>(actual).entrySet()) {
            Energy residual = e.getValue().minus(contracted.getOrDefault(e.getKey(), Energy.ZERO));
            AccountId who = AccountId.of(e.getKey());
            if (residual.isPositive()) {
                Money m = residual.times(tariff.feedIn());
                if (m.signum() > 0) {
                    out.add(new Transfer(AccountId.GRID, who, m, "period " + period + ": residual "
                            + residual.toPlainString() + " kWh exported"));
                }
            } else if (residual.isNegative()) {
                Money m = residual.negate().times(tariff.retail());
                if (m.signum() > 0) {
                    out.add(new Transfer(who, AccountId.GRID, m, "period " + period + ": residual "
                            + residual.negate().toPlainString() + " kWh imported"));
                }
            }
        }
        return List.copyOf(out);
    }
}
