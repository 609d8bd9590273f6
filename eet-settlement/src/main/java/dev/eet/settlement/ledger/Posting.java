package dev.eet.settlement.ledger;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.settlement.Transfer;
import dev.eet.api.value.Money;
import java.util.Objects;

/** One operation of an all-or-nothing batch committed to a {@link Ledger}: a transfer or an explicit mint. */
public sealed interface Posting permits Posting.Move, Posting.Mint {

    /**
     * @param transfer the movement
     * @return the posting
     */
    static Posting of(Transfer transfer) {
        return new Move(transfer);
    }

    /**
     * @param to the contract account that receives the new money
     * @param amount a positive amount
     * @param reason why
     * @return the posting
     */
    static Posting mint(AccountId to, Money amount, String reason) {
        return new Mint(to, amount, reason);
    }

    /**
     * Moves money between two accounts.
     *
     * @param transfer the movement
     */
    record Move(Transfer transfer) implements Posting {
        /** Checks for null. */
        public Move {
            Objects.requireNonNull(transfer, "transfer");
        }
    }

    /**
     * Creates money: the only way the ledger's total changes. Only into contract accounts (normally the reward
     * pool), from which it is then moved by ordinary transfers.
     *
     * @param to the contract account credited
     * @param amount a positive amount
     * @param reason why, e.g. {@code "token reward week 12"}
     */
    record Mint(AccountId to, Money amount, String reason) implements Posting {
        /** @throws InvalidArgumentException on a non-positive amount */
        public Mint {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(reason, "reason");
            if (amount.signum() <= 0) {
                throw new InvalidArgumentException("mint into " + to, "amount", "must be positive, was " + amount);
            }
        }
    }
}
