package dev.eet.settlement.ledger;

import dev.eet.api.settlement.AccountId;
import dev.eet.api.settlement.AccountKind;
import java.util.Objects;

/**
 * An account's static description (its balance lives in the {@link Ledger}).
 *
 * @param id the account id
 * @param kind externally owned (may start transactions) or contract (moved only by settlement rules)
 * @param creditLimit how far below zero the balance may go
 */
public record Account(AccountId id, AccountKind kind, CreditLimit creditLimit) {
    /** Checks for nulls. */
    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(creditLimit, "creditLimit");
    }
}
