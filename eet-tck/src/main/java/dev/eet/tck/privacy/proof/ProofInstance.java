package dev.eet.tck.privacy.proof;

import dev.eet.api.value.Bytes;
import java.util.Objects;

/**
 * One encoded statement with a witness for it, as a {@link dev.eet.api.privacy.ProofSystem} expects them.
 *
 * @param statement the encoded public statement
 * @param witness the encoded secret witness
 */
public record ProofInstance(Bytes statement, Bytes witness) {
    /** Rejects nulls. */
    public ProofInstance {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(witness, "witness");
    }
}
