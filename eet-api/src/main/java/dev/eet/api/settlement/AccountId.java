package dev.eet.api.settlement;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.model.ParticipantId;

/**
 * Identifies an account of the double-entry ledger.
 *
 * @param value non-blank identifier
 */
public record AccountId(String value) implements Comparable<AccountId> {
    /** The public grid's account (a contract account). */
    public static final AccountId GRID = new AccountId("GRID");
    /** The pool that collects participants' fees (a contract account). */
    public static final AccountId FEE_POOL = new AccountId("FEE_POOL");
    /** The pool that token rewards are minted from (a contract account). */
    public static final AccountId REWARD_POOL = new AccountId("REWARD_POOL");

    /** @throws InvalidArgumentException if blank */
    public AccountId {
        if (value == null || value.isBlank()) {
            throw new InvalidArgumentException("account", "id", "must not be blank");
        }
    }

    /**
     * @param participant a participant
     * @return the participant's account id (same string)
     */
    public static AccountId of(ParticipantId participant) {
        return new AccountId(participant.value());
    }

    /**
     * @param value the identifier
     * @return the id
     */
    public static AccountId of(String value) {
        return new AccountId(value);
    }

    @Override
    public int compareTo(AccountId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
