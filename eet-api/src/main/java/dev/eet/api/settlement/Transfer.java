package dev.eet.api.settlement;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.value.Money;
import java.util.Objects;

/**
 * One double-entry movement: {@code amount} leaves {@code from} and arrives at {@code to}.
 *
 * @param from the debited account
 * @param to the credited account (different from {@code from})
 * @param amount a positive amount
 * @param reason why, e.g. {@code "trade S1/B1"}, {@code "fine: no upload cycle 7"}
 */
public record Transfer(AccountId from, AccountId to, Money amount, String reason) {
    /** @throws InvalidArgumentException on a non-positive amount or a transfer to the same account */
    public Transfer {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reason, "reason");
        if (amount.signum() <= 0) {
            throw new InvalidArgumentException("transfer " + from + "->" + to, "amount",
                    "must be positive, was " + amount);
        }
        if (from.equals(to)) {
            throw new InvalidArgumentException("transfer " + from + "->" + to, "to", "must differ from the source");
        }
    }
}
