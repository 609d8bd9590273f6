package dev.eet.examples.demo;

import dev.eet.api.matching.GridTariff;
import dev.eet.api.model.EnergyType;
import dev.eet.api.model.GridTrade;
import dev.eet.api.model.Order;
import dev.eet.api.model.OrderId;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.model.Side;
import dev.eet.api.model.Trade;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.settlement.Transfer;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The exact energy and money figures of one period, derived from a {@link PeriodRecord}:
 * <ul>
 *   <li>generation / consumption: the sums of positive / negative metered actuals;</li>
 *   <li>peer energy and money: the peer trades;</li>
 *   <li>grid import / export: the grid trades of the clearing plus, for every metered participant, the residual
 *       {@code actual - contracted} (contracted = sold - bought, peer and grid), which the grid takes (a positive
 *       residual is exported, a negative one imported). So generation - consumption = export - import holds
 *       exactly whenever every participant that traded was metered;</li>
 *   <li>buyer cost / seller revenue: each metered participant's net cash flow from the period's transfers, summed
 *       over participants that consumed (cost) or supplied (revenue) in the period; the grid-only baselines price
 *       the same metered energy at retail / feed-in;</li>
 *   <li>clean peer energy: peer trades whose sell order has a renewable energy type (SOLAR, WIND, HYDRO,
 *       BIOMASS).</li>
 * </ul>
 */
record PeriodFigures(int period, Energy generation, Energy consumption, Energy peer, Money peerMoney, Energy gridImport,
                     Energy gridExport, Energy cleanPeer, Money buyerCost, Money buyerCostGridOnly,
                     Money sellerRevenue, Money sellerRevenueGridOnly, Map<ParticipantClass, Energy> classNet) {
    private static final Set<EnergyType> RENEWABLE = EnumSet.of(EnergyType.SOLAR, EnergyType.WIND, EnergyType.HYDRO,
            EnergyType.BIOMASS);

    static PeriodFigures of(PeriodRecord r, DemoSetup setup) {
        GridTariff tariff = setup.tariff();
        Map<OrderId, Order> orders = new HashMap<>();
        r.orders().forEach(o -> orders.put(o.id(), o));
        Map<ParticipantId, Energy> contracted = new TreeMap<>();
        Energy peer = Energy.ZERO;
        Money peerMoney = Money.ZERO;
        Energy clean = Energy.ZERO;
        for (Trade t : r.trades()) {
            peer = peer.plus(t.quantity());
            peerMoney = peerMoney.plus(t.amount());
            contracted.merge(t.seller(), t.quantity(), Energy::plus);
            contracted.merge(t.buyer(), t.quantity().negate(), Energy::plus);
            Order sell = orders.get(t.sellOrder());
            if (sell != null && sell.energyType().map(RENEWABLE::contains).orElse(false)) {
                clean = clean.plus(t.quantity());
            }
        }
        Energy imported = Energy.ZERO;
        Energy exported = Energy.ZERO;
        for (GridTrade g : r.gridTrades()) {
            if (g.side() == Side.BUY) {
                imported = imported.plus(g.quantity());
                contracted.merge(g.participant(), g.quantity().negate(), Energy::plus);
            } else {
                exported = exported.plus(g.quantity());
                contracted.merge(g.participant(), g.quantity(), Energy::plus);
            }
        }
        Map<AccountId, Money> cash = new HashMap<>();
        for (Transfer t : r.transfers()) {
            cash.merge(t.to(), t.amount(), Money::plus);
            cash.merge(t.from(), t.amount().negate(), Money::plus);
        }
        Energy generation = Energy.ZERO;
        Energy consumption = Energy.ZERO;
        Money cost = Money.ZERO;
        Money costGridOnly = Money.ZERO;
        Money revenue = Money.ZERO;
        Money revenueGridOnly = Money.ZERO;
        Map<ParticipantClass, Energy> classNet = new EnumMap<>(ParticipantClass.class);
        for (ParticipantClass c : ParticipantClass.values()) {
            classNet.put(c, Energy.ZERO);
        }
        for (Map.Entry<ParticipantId, Energy> e : r.actual().entrySet()) {
            Energy a = e.getValue();
            ParticipantClass kind = setup.participants().get(e.getKey());
            if (kind != null) {
                classNet.merge(kind, a, Energy::plus);
            }
            Energy residual = a.minus(contracted.getOrDefault(e.getKey(), Energy.ZERO));
            if (residual.isPositive()) {
                exported = exported.plus(residual);
            } else {
                imported = imported.minus(residual);
            }
            Money flow = cash.getOrDefault(AccountId.of(e.getKey()), Money.ZERO);
            if (a.isPositive()) {
                generation = generation.plus(a);
                revenue = revenue.plus(flow);
                revenueGridOnly = revenueGridOnly.plus(a.times(tariff.feedIn()));
            } else if (a.isNegative()) {
                consumption = consumption.minus(a);
                cost = cost.minus(flow);
                costGridOnly = costGridOnly.plus(a.negate().times(tariff.retail()));
            }
        }
        return new PeriodFigures(r.period(), generation, consumption, peer, peerMoney, imported, exported, clean, cost,
                costGridOnly, revenue, revenueGridOnly, classNet);
    }
}
