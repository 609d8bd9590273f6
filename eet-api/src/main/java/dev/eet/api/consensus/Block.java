package dev.eet.api.consensus;

import java.util.List;
import java.util.Objects;

/**
 * A committed (or proposed) block.
 *
 * @param header the header
 * @param transactions the transactions, in order
 * @param certificate the commit certificate (empty while only proposed)
 */
public record Block(BlockHeader header, List<TransactionEnvelope> transactions, CommitCertificate certificate) {
    /** Copies the list. */
    public Block {
        Objects.requireNonNull(header, "header");
        transactions = List.copyOf(transactions);
        Objects.requireNonNull(certificate, "certificate");
    }

    /** @return the header's height */
    public long height() {
        return header.height();
    }
}
