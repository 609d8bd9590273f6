package dev.eet.settlement.ledger;

import dev.eet.api.settlement.AccountId;

/** A frozen account's owner tried to start a transaction. The ledger is unchanged. */
public final class AccountFrozenException extends LedgerException {
    private static final long serialVersionUID = 1L;

    /** @param account the frozen account */
    public AccountFrozenException(AccountId account) {
        super("account " + account + ": frozen: its owner cannot start transactions");
    }
}
