package dev.eet.consensus.ledger;

import dev.eet.api.EetException;

/**
 * A stored ledger failed verification on open: a record whose checksum does not match, or a block whose hash
 * link, Merkle root, transaction id or signature is wrong. Carries where (file and byte offset or height).
 * The store refuses to open: nothing is truncated or overwritten.
 */
public final class LedgerTamperedException extends EetException {
    private static final long serialVersionUID = 1L;

    private final String location;

    /**
     * @param location where, e.g. {@code "ledger.dat offset 4096"} or {@code "ledger.dat block 7"}
     * @param reason what is wrong
     * @param cause the underlying failure, or null
     */
    public LedgerTamperedException(String location, String reason, Throwable cause) {
        super("ledger tampered: " + location + ": " + reason, cause);
        this.location = location;
    }

    /** @return where the damage was found */
    public String location() {
        return location;
    }
}
