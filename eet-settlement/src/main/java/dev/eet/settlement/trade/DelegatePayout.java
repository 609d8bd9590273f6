package dev.eet.settlement.trade;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.settlement.Transfer;
import dev.eet.api.value.Money;
import dev.eet.settlement.ledger.CreditLimit;
import dev.eet.settlement.ledger.Ledger;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Pays delegates from the fee pool (settlement.md section 6, consensus.md): {@code share} of the pool's balance,
 * rounded down to the micro-unit, split equally among the delegates; the indivisible remainder stays in the pool
 * for the next round, so nothing is created or lost.
 */
public final class DelegatePayout {
    private final BigDecimal share;

    /** @param share the fraction of the pool paid out per round, in (0, 1] */
    public DelegatePayout(BigDecimal share) {
        if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidArgumentException("delegate payout", "share", "must lie in (0, 1], was "
                    + share.toPlainString());
        }
        this.share = share;
    }

    /**
     * @param poolBalance the fee pool's balance
     * @param delegates the delegates to pay (distinct)
     * @return one transfer per delegate (none when there is nothing to split)
     */
    public List<Transfer> transfers(Money poolBalance, List<AccountId> delegates) {
        Objects.requireNonNull(poolBalance, "poolBalance");
        if (new LinkedHashSet<>(delegates).size() != delegates.size()) {
            throw new InvalidArgumentException("delegate payout", "delegates", "must be distinct, was " + delegates);
        }
        if (delegates.isEmpty() || poolBalance.signum() <= 0) {
            return List.of();
        }
        long payable = new BigDecimal(poolBalance.micros()).multiply(share).setScale(0, RoundingMode.DOWN)
                .longValueExact();
        long each = payable / delegates.size();
        List<Transfer> out = new ArrayList<>();
        if (each > 0) {
            for (AccountId d : delegates) {
                out.add(new Transfer(AccountId.FEE_POOL, d, Money.ofMicros(each), "delegate payout"));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Pays the delegates as one batch, opening missing delegate accounts (externally owned, no credit).
     *
     * @param ledger the ledger
     * @param delegates the delegates
     * @return the batch number (0 when nothing moved)
     */
    public long payOut(Ledger ledger, List<AccountId> delegates) {
        List<Transfer> t = transfers(ledger.balance(AccountId.FEE_POOL), delegates);
        for (Transfer x : t) {
            ledger.openIfAbsent(x.to(), CreditLimit.NONE);
        }
        return ledger.post(t);
    }
}
