package dev.eet.api.matching;

import dev.eet.api.model.GridTrade;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.model.Side;
import dev.eet.api.model.Trade;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a clearing meant for each participant, and for the market as a whole compared with the "grid only"
 * baseline in which buyers pay the retail price for everything they obtained and sellers get the feed-in price
 * for everything they delivered (matching.md section 1, "Report per participant").
 *
 * <p>Money is exact: each trade's amount is rounded once (HALF_EVEN at 6 decimals, as {@link Trade#amount()}),
 * each participant's grid-only amount is its energy times the grid price rounded once, and every total is the
 * exact sum of the participants' rows. Percentages are {@code (actual - gridOnly) / gridOnly * 100} for sellers
 * and {@code (gridOnly - actual) / gridOnly * 100} for buyers, rounded HALF_EVEN to {@value #PERCENT_SCALE}
 * decimals, and zero when the grid-only amount is zero. Unmatched remainders are energy nobody obtained, so they
 * count in neither the actual nor the baseline amounts.
 *
 * @param participants one row per participant that bought or sold anything, sorted by participant id
 * @param peerEnergy energy traded peer to peer
 * @param gridImport energy bought from the grid
 * @param gridExport energy sold to the grid
 * @param buyerCost what buyers paid, peer to peer plus grid
 * @param buyerCostGridOnly what they would have paid buying the same energy from the grid
 * @param buyerSavingPercent the buyers' saving versus grid only, in percent
 * @param sellerRevenue what sellers received, peer to peer plus grid
 * @param sellerRevenueGridOnly what they would have received selling the same energy to the grid
 * @param sellerGainPercent the sellers' gain versus grid only, in percent
 */
public record MarketReport(List<ParticipantReport> participants, Energy peerEnergy, Energy gridImport,
                           Energy gridExport, Money buyerCost, Money buyerCostGridOnly, BigDecimal buyerSavingPercent,
                           Money sellerRevenue, Money sellerRevenueGridOnly, BigDecimal sellerGainPercent) {

    /** Decimal places of the percentages. */
    public static final int PERCENT_SCALE = 2;

    /** Copies the list. */
    public MarketReport {
        participants = List.copyOf(participants);
        Objects.requireNonNull(buyerSavingPercent, "buyerSavingPercent");
        Objects.requireNonNull(sellerGainPercent, "sellerGainPercent");
    }

    /**
     * One participant's part in a clearing (a participant may both buy and sell).
     *
     * @param participant who
     * @param boughtPeer energy bought from peers
     * @param boughtGrid energy bought from the grid
     * @param soldPeer energy sold to peers
     * @param soldGrid energy sold to the grid
     * @param paid money paid, peer to peer plus grid
     * @param paidGridOnly what buying {@code boughtPeer + boughtGrid} from the grid would cost
     * @param received money received, peer to peer plus grid
     * @param receivedGridOnly what selling {@code soldPeer + soldGrid} to the grid would bring
     */
    public record ParticipantReport(ParticipantId participant, Energy boughtPeer, Energy boughtGrid, Energy soldPeer,
                                    Energy soldGrid, Money paid, Money paidGridOnly, Money received,
                                    Money receivedGridOnly) {
        /** Checks for nulls. */
        public ParticipantReport {
            Objects.requireNonNull(participant, "participant");
        }

        /** @return what this participant gained in total versus grid only (saving as buyer plus gain as seller) */
        public Money advantageOverGridOnly() {
            return paidGridOnly.minus(paid).plus(received.minus(receivedGridOnly));
        }
    }

    /**
     * @param result a clearing
     * @param tariff the grid prices of the baseline (normally the ones the matcher used for its grid fallback)
     * @return the report
     */
    public static MarketReport of(MatchResult result, GridTariff tariff) {
        Map<ParticipantId, long[]> rows = new TreeMap<>();
        // row: boughtPeer, boughtGrid, soldPeer, soldGrid, paid, received
        for (Trade t : result.trades()) {
            long amount = t.amount().micros();
            long[] b = rows.computeIfAbsent(t.buyer(), k -> new long[6]);
            long[] s = rows.computeIfAbsent(t.seller(), k -> new long[6]);
            b[0] = Math.addExact(b[0], t.quantity().microKwh());
            b[4] = Math.addExact(b[4], amount);
            s[2] = Math.addExact(s[2], t.quantity().microKwh());
            s[5] = Math.addExact(s[5], amount);
        }
        for (GridTrade g : result.gridTrades()) {
            long[] r = rows.computeIfAbsent(g.participant(), k -> new long[6]);
            long amount = g.amount().micros();
            if (g.side() == Side.BUY) {
                r[1] = Math.addExact(r[1], g.quantity().microKwh());
                r[4] = Math.addExact(r[4], amount);
            } else {
                r[3] = Math.addExact(r[3], g.quantity().microKwh());
                r[5] = Math.addExact(r[5], amount);
            }
        }
        List<ParticipantReport> out = new java.util.ArrayList<>(rows.size());
        Energy peer = Energy.ZERO;
        Energy imported = Energy.ZERO;
        Energy exported = Energy.ZERO;
        Money cost = Money.ZERO;
        Money costGridOnly = Money.ZERO;
        Money revenue = Money.ZERO;
        Money revenueGridOnly = Money.ZERO;
        for (Map.Entry<ParticipantId, long[]> e : rows.entrySet()) {
            long[] r = e.getValue();
            Energy bought = Energy.ofMicroKwh(r[0]).plus(Energy.ofMicroKwh(r[1]));
            Energy sold = Energy.ofMicroKwh(r[2]).plus(Energy.ofMicroKwh(r[3]));
            ParticipantReport p = new ParticipantReport(e.getKey(), Energy.ofMicroKwh(r[0]), Energy.ofMicroKwh(r[1]),
                    Energy.ofMicroKwh(r[2]), Energy.ofMicroKwh(r[3]), Money.ofMicros(r[4]), bought.times(tariff.retail()),
                    Money.ofMicros(r[5]), sold.times(tariff.feedIn()));
            out.add(p);
            peer = peer.plus(p.soldPeer());
            imported = imported.plus(p.boughtGrid());
            exported = exported.plus(p.soldGrid());
            cost = cost.plus(p.paid());
            costGridOnly = costGridOnly.plus(p.paidGridOnly());
            revenue = revenue.plus(p.received());
            revenueGridOnly = revenueGridOnly.plus(p.receivedGridOnly());
        }
        return new MarketReport(out, peer, imported, exported, cost, costGridOnly,
                percent(costGridOnly.minus(cost), costGridOnly), revenue, revenueGridOnly,
                percent(revenue.minus(revenueGridOnly), revenueGridOnly));
    }

    private static BigDecimal percent(Money difference, Money base) {
        if (base.isZero()) {
            return BigDecimal.ZERO.setScale(PERCENT_SCALE);
        }
        return difference.toDecimal().multiply(BigDecimal.valueOf(100))
                .divide(base.toDecimal(), PERCENT_SCALE, RoundingMode.HALF_EVEN);
    }
}
