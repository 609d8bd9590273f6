package dev.eet.settlement.ledger;

import dev.eet.api.EetException;

/** A refused ledger operation. Thrown before any change: the ledger is exactly as it was. */
public class LedgerException extends EetException {
    private static final long serialVersionUID = 1L;

    /** @param message what was refused and why, naming the account */
    public LedgerException(String message) {
        super(message);
    }
}
