package dev.eet.settlement.ledger;

import dev.eet.api.settlement.AccountId;
import dev.eet.api.value.Money;

/** A debit would take an account below zero or below its credit limit. The ledger is unchanged. */
public final class InsufficientFundsException extends LedgerException {
    private static final long serialVersionUID = 1L;

    private final AccountId account;
    private final Money balance;
    private final Money debit;

    /**
     * @param account the account
     * @param balance its balance before the refused debit (within the batch)
     * @param debit the refused debit
     * @param limit its credit limit
     */
    public InsufficientFundsException(AccountId account, Money balance, Money debit, CreditLimit limit) {
        super("account " + account + ": balance: " + balance + " cannot pay " + debit + " (credit limit " + limit
                + ")");
        this.account = account;
        this.balance = balance;
        this.debit = debit;
    }

    /** @return the account that would be overdrawn */
    public AccountId account() {
        return account;
    }

    /** @return its balance before the refused debit */
    public Money balance() {
        return balance;
    }

    /** @return the refused debit */
    public Money debit() {
        return debit;
    }
}
