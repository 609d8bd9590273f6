package dev.eet.settlement.ledger;

import dev.eet.api.settlement.AccountId;

/** An account id is opened twice. The ledger is unchanged. */
public final class DuplicateAccountException extends LedgerException {
    private static final long serialVersionUID = 1L;

    /** @param account the id already in use */
    public DuplicateAccountException(AccountId account) {
        super("account " + account + ": id: already opened");
    }
}
