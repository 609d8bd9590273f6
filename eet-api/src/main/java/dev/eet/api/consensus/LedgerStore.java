package dev.eet.api.consensus;

import java.util.Optional;

/**
 * Durable, append-only storage of committed blocks. Implementations verify the chain on open and refuse blocks
 * that do not extend the head.
 */
public interface LedgerStore extends AutoCloseable {

    /** @return the height of the head block, or -1 when empty */
    long height();

    /**
     * Appends a committed block; durable when this returns.
     *
     * @param block the next block (height = {@link #height()} + 1, previous hash = head's hash)
     * @throws dev.eet.api.InvalidArgumentException if the block does not extend the head
     */
    void append(Block block);

    /**
     * @param height a height
     * @return the block at that height, if stored
     */
    Optional<Block> block(long height);

    /** Releases files and handles. */
    @Override
    void close();
}
