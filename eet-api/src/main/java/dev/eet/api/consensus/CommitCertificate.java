package dev.eet.api.consensus;

import dev.eet.api.value.Bytes;
import java.util.List;
import java.util.Objects;

/**
 * The signatures of the quorum that committed a block.
 *
 * @param signatures one signature per committing node, over the block hash
 */
public record CommitCertificate(List<Endorsement> signatures) {
    /** Copies the list. */
    public CommitCertificate {
        signatures = List.copyOf(signatures);
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
