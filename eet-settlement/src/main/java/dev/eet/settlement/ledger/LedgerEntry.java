package dev.eet.settlement.ledger;

import dev.eet.api.settlement.AccountId;
import dev.eet.api.settlement.Transfer;
import dev.eet.api.value.Money;

/**
 * One record of the ledger's append-only log. Sequence numbers start at 1 and have no gaps; the postings of one
 * committed batch share a batch number. {@link Ledger#replay(java.util.List)} rebuilds the ledger from these.
 */
public sealed interface LedgerEntry permits LedgerEntry.Opened, LedgerEntry.Posted, LedgerEntry.Minted,
        LedgerEntry.Frozen, LedgerEntry.Unfrozen {

    /** @return the entry's position in the log, from 1 */
    long sequence();

    /**
     * An account was opened (with a zero balance).
     *
     * @param sequence position in the log
     * @param account the account
     */
    record Opened(long sequence, Account account) implements LedgerEntry {
    }

    /**
     * A transfer was posted as part of a batch.
     *
     * @param sequence position in the log
     * @param batch the batch number
     * @param transfer the movement
     */
    record Posted(long sequence, long batch, Transfer transfer) implements LedgerEntry {
    }

    /**
     * Money was minted into a contract account as part of a batch.
     *
     * @param sequence position in the log
     * @param batch the batch number
     * @param to the credited account
     * @param amount the new money
     * @param reason why
     */
    record Minted(long sequence, long batch, AccountId to, Money amount, String reason) implements LedgerEntry {
    }

    /**
     * An account was frozen: its owner can no longer start transactions.
     *
     * @param sequence position in the log
     * @param account the account
     * @param reason why
     */
    record Frozen(long sequence, AccountId account, String reason) implements LedgerEntry {
    }

    /**
     * A frozen account was released.
     *
     * @param sequence position in the log
     * @param account the account
     */
    record Unfrozen(long sequence, AccountId account) implements LedgerEntry {
    }
}
