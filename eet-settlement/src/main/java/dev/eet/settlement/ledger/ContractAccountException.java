package dev.eet.settlement.ledger;

import dev.eet.api.settlement.AccountId;

/**
 * A contract account was used where only an externally owned account may act (starting a transaction), or an
 * externally owned account where only a contract account may (receiving minted money). The ledger is unchanged.
 */
public final class ContractAccountException extends LedgerException {
    private static final long serialVersionUID = 1L;

    /**
     * @param account the account
     * @param problem what it cannot do
     */
    public ContractAccountException(AccountId account, String problem) {
        super("account " + account + ": kind: " + problem);
    }
}
