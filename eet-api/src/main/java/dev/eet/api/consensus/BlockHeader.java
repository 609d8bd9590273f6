package dev.eet.api.consensus;

import dev.eet.api.value.Bytes;
import java.util.Objects;

/**
 * A block's header.
 *
 * @param height the block height (genesis = 0)
 * @param previousHash hash of the previous block's header (empty for genesis)
 * @param merkleRoot Merkle root of the block's transaction ids
 * @param timestamp epoch milliseconds from the proposer's injected clock
 * @param proposer the node that proposed it
 * @param proposerSignature the proposer's signature over the header fields above
 */
public record BlockHeader(long height, Bytes previousHash, Bytes merkleRoot, long timestamp, NodeId proposer,
                          Bytes proposerSignature) {
    /** Checks for nulls and a non-negative height. */
    public BlockHeader {
        if (height < 0) {
            throw new IllegalArgumentException("block height must not be negative, was " + height);
        }
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(merkleRoot, "merkleRoot");
        Objects.requireNonNull(proposer, "proposer");
        Objects.requireNonNull(proposerSignature, "proposerSignature");
    }
}
