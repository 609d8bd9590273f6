package dev.eet.settlement.trade;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.matching.MatchResult;
import dev.eet.api.model.GridTrade;
import dev.eet.api.model.Side;
import dev.eet.api.model.Trade;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.settlement.Transfer;
import dev.eet.api.spi.Config;
import dev.eet.api.value.Money;
import dev.eet.settlement.ledger.CreditLimit;
import dev.eet.settlement.ledger.Ledger;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns the trades and grid trades of any matcher into ledger movements:
 * <ul>
 *   <li>each peer trade: the buyer pays the seller {@code quantity x price}; then the buyer pays
 *       {@code buyerFeeRate x amount} and the seller {@code sellerFeeRate x amount} to {@link AccountId#FEE_POOL}
 *       (each fee rounded HALF_EVEN to 6 decimals; a zero fee makes no movement);</li>
 *   <li>each grid BUY: the participant pays {@link AccountId#GRID}; each grid SELL: the grid pays the
 *       participant (no fees on grid trades).</li>
 * </ul>
 * Configuration keys: {@code buyerFeeRate}, {@code sellerFeeRate} (decimal fractions in [0, 1), default 0).
 */
public final class MatchSettlement {
    /** The configuration keys. */
    public static final Set<String> KEYS = Set.of("buyerFeeRate", "sellerFeeRate");

    private final BigDecimal buyerFeeRate;
    private final BigDecimal sellerFeeRate;

    /**
     * @param buyerFeeRate fraction of each trade's amount the buyer pays to the fee pool
     * @param sellerFeeRate fraction of each trade's amount the seller pays to the fee pool
     */
    public MatchSettlement(BigDecimal buyerFeeRate, BigDecimal sellerFeeRate) {
        this.buyerFeeRate = rate("buyerFeeRate", buyerFeeRate);
        this.sellerFeeRate = rate("sellerFeeRate", sellerFeeRate);
    }

    /**
     * @param config {@link #KEYS}
     * @return the settlement
     */
    public static MatchSettlement fromConfig(Config config) {
        Config c = config.withSubject("match settlement").requireOnly(KEYS);
        return new MatchSettlement(c.getDecimal("buyerFeeRate", BigDecimal.ZERO),
                c.getDecimal("sellerFeeRate", BigDecimal.ZERO));
    }

    private static BigDecimal rate(String field, BigDecimal r) {
        if (r.signum() < 0 || r.compareTo(BigDecimal.ONE) >= 0) {
            throw new InvalidArgumentException("match settlement", field, "must lie in [0, 1), was "
                    + r.toPlainString());
        }
        return r;
    }

    /**
     * @param result a matcher's output
     * @return the movements, in trade order then grid-trade order
     */
    public List<Transfer> transfers(MatchResult result) {
        List<Transfer> out = new ArrayList<>();
        for (Trade t : result.trades()) {
            AccountId seller = AccountId.of(t.seller());
            AccountId buyer = AccountId.of(t.buyer());
            Money amount = t.amount();
            String tag = result.mechanism() + " trade " + t.sellOrder() + "/" + t.buyOrder();
            if (amount.signum() > 0) {
                out.add(new Transfer(buyer, seller, amount, tag));
            }
            Money buyerFee = amount.times(buyerFeeRate);
            if (buyerFee.signum() > 0) {
                out.add(new Transfer(buyer, AccountId.FEE_POOL, buyerFee, tag + ": buyer fee"));
            }
            Money sellerFee = amount.times(sellerFeeRate);
            if (sellerFee.signum() > 0) {
                out.add(new Transfer(seller, AccountId.FEE_POOL, sellerFee, tag + ": seller fee"));
            }
        }
        for (GridTrade g : result.gridTrades()) {
            Money amount = g.amount();
            if (amount.signum() == 0) {
                continue;
            }
            AccountId p = AccountId.of(g.participant());
            String tag = result.mechanism() + " grid " + g.side() + " " + g.order();
            out.add(g.side() == Side.BUY ? new Transfer(p, AccountId.GRID, amount, tag)
                    : new Transfer(AccountId.GRID, p, amount, tag));
        }
        return List.copyOf(out);
    }

    /**
     * Posts {@link #transfers(MatchResult)} as one all-or-nothing batch, opening missing participant accounts
     * (externally owned) with {@code newAccountLimit}.
     *
     * @param result a matcher's output
     * @param ledger the ledger (with the grid and fee pool open)
     * @param newAccountLimit the credit limit of accounts opened here
     * @return the batch number (0 when nothing moved)
     */
    public long settle(MatchResult result, Ledger ledger, CreditLimit newAccountLimit) {
        List<Transfer> transfers = transfers(result);
        for (Transfer t : transfers) {
            for (AccountId id : List.of(t.from(), t.to())) {
                if (!id.equals(AccountId.GRID) && !id.equals(AccountId.FEE_POOL)) {
                    ledger.openIfAbsent(id, newAccountLimit);
                }
            }
        }
        return ledger.post(transfers);
    }
}
