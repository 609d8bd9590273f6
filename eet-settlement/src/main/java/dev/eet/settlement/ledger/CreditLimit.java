package dev.eet.settlement.ledger;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.value.Money;
import java.util.Objects;

/**
 * How far below zero an account's balance may go: not at all ({@link #NONE}, the default for participants),
 * down to {@code -amount} ({@link #upTo(Money)}), or without bound ({@link #UNLIMITED}, e.g. the public grid,
 * which is settled outside the ledger).
 *
 * @param amount the depth allowed below zero (zero or positive; ignored when unlimited)
 * @param unlimited whether any negative balance is allowed
 */
public record CreditLimit(Money amount, boolean unlimited) {
    /** The balance may not go below zero. */
    public static final CreditLimit NONE = new CreditLimit(Money.ZERO, false);
    /** The balance may go arbitrarily negative. */
    public static final CreditLimit UNLIMITED = new CreditLimit(Money.ZERO, true);

    /** @throws InvalidArgumentException on a negative amount */
    public CreditLimit {
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new InvalidArgumentException("credit limit", "amount", "must not be negative, was " + amount);
        }
    }

    /**
     * @param amount how far below zero the balance may go
     * @return the limit
     */
    public static CreditLimit upTo(Money amount) {
        return new CreditLimit(amount, false);
    }

    /**
     * @param balance a prospective balance
     * @return whether this limit allows it
     */
    public boolean allows(Money balance) {
        return unlimited || balance.compareTo(amount.negate()) >= 0;
    }

    @Override
    public String toString() {
        return unlimited ? "unlimited" : amount.isZero() ? "none" : "down to -" + amount;
    }
}
