package dev.eet.consensus.ledger;

import dev.eet.api.EetException;

/**
 * A transaction, block or message signature (or a hash it covers) did not verify. Carries what was rejected
 * (e.g. {@code "transaction 3fa1..."} or {@code "block 7"}) and why.
 */
public class SignatureRejectedException extends EetException {
    private static final long serialVersionUID = 1L;

    private final String subject;
    private final String reason;

    /**
     * @param subject what was rejected
     * @param reason why
     */
    public SignatureRejectedException(String subject, String reason) {
        super(subject + ": " + reason);
        this.subject = subject;
        this.reason = reason;
    }

    /** @return what was rejected */
    public String subject() {
        return subject;
    }

    /** @return why */
    public String reason() {
        return reason;
    }
}
