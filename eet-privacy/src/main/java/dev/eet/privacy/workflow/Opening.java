package dev.eet.privacy.workflow;

import dev.eet.privacy.commit.PedersenCommitment;
import dev.eet.privacy.commit.PedersenParameters;
import java.math.BigInteger;
import java.util.Objects;

/**
 * The secret opening of a Pedersen commitment, held by its owner and passed off chain to the parties that need it
 * (e.g. the router gives the seller the opening of its capacity commitment).
 *
 * @param value the committed integer (fixed-point units)
 * @param blinding the blinding scalar
 */
public record Opening(BigInteger value, BigInteger blinding) {
    /** Rejects nulls. */
    public Opening {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(blinding, "blinding");
    }

    /**
     * @param params the generators
     * @return the commitment this opening opens
     */
    public PedersenCommitment commit(PedersenParameters params) {
        return params.commit(value, blinding);
    }

    @Override
    public String toString() {
        return "Opening[hidden]";
    }
}
