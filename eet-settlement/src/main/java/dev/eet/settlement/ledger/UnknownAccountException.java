package dev.eet.settlement.ledger;

import dev.eet.api.settlement.AccountId;

/** An operation names an account that was never opened. The ledger is unchanged. */
public final class UnknownAccountException extends LedgerException {
    private static final long serialVersionUID = 1L;

    private final AccountId account;

    /** @param account the unknown account */
    public UnknownAccountException(AccountId account) {
        super("account " + account + ": id: not opened in this ledger");
        this.account = account;
    }

    /** @return the unknown account */
    public AccountId account() {
        return account;
    }
}
