package dev.eet.privacy.workflow;

import dev.eet.api.value.Bytes;
import java.util.Objects;

/**
 * The id of a workflow record on the ledger: SHA-256 of its canonical encoding (body and proofs), so an id names
 * exactly one record.
 *
 * @param hash the 32-byte digest
 */
public record RecordId(Bytes hash) {
    /** Validates the length. */
    public RecordId {
        Objects.requireNonNull(hash, "hash");
        if (hash.length() != 32) {
            throw new IllegalArgumentException("record id: must be 32 bytes, was " + hash.length());
        }
    }

    @Override
    public String toString() {
        return hash.toHex().substring(0, 16);
    }
}
