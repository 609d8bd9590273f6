package dev.eet.api.consensus;

import dev.eet.api.value.Bytes;
import java.util.List;
import java.util.Objects;

/**
 * The signatures of the quorum that committed a block.
 *
 * @param signatures one signature per committing node, over the block hash (and the round, when not 0)
 * @param round the voting round at the block's height in which the signatures were cast (0 for protocols without
 *              rounds, and for the first round of those with them); signatures of different rounds never mix in
 *              one certificate
 */
public record CommitCertificate(List<Endorsement> signatures, long round) {
    /** Copies the list and checks the round. */
    public CommitCertificate {
        signatures = List.copyOf(signatures);
        if (round < 0) {
            throw new IllegalArgumentException("commit certificate: round must not be negative, was " + round);
        }
    }

    /**
     * A certificate of round 0.
     *
     * @param signatures one signature per committing node, over the block hash
     */
    public CommitCertificate(List<Endorsement> signatures) {
        this(signatures, 0);
    }

    /**
     * One node's signature.
     *
     * @param node the signer
     * @param signature its signature
     */
    public record Endorsement(NodeId node, Bytes signature) {
        /** Checks for nulls. */
        public Endorsement {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(signature, "signature");
        }
    }
}
