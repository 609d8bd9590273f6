package dev.eet.settlement.async;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.value.Money;
import java.util.Objects;

/**
 * What happens to a user whose upload is still missing when a cycle is settled incompletely (settlement.md
 * section 1): a configurable fine (to {@code fineAccount}), a reputation penalty (the reputation rule applies its
 * -10) and optionally a frozen account.
 *
 * @param fine the fine (zero for none)
 * @param freeze whether to freeze the account
 * @param fineAccount where fines go (normally {@link AccountId#FEE_POOL})
 */
public record PenaltyPolicy(Money fine, boolean freeze, AccountId fineAccount) {
    /** No fine, no freeze; the reputation penalty still applies. */
    public static final PenaltyPolicy REPUTATION_ONLY = new PenaltyPolicy(Money.ZERO, false, AccountId.FEE_POOL);

    /** @throws InvalidArgumentException on a negative fine */
    public PenaltyPolicy {
        Objects.requireNonNull(fine, "fine");
        Objects.requireNonNull(fineAccount, "fineAccount");
        if (fine.isNegative()) {
            throw new InvalidArgumentException("penalty policy", "fine", "must not be negative, was " + fine);
        }
    }
}
