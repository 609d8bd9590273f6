package dev.eet.consensus.ledger;

import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.LedgerStore;
import dev.eet.api.value.Bytes;

/**
 * What the ledger stores share: the chain head, read under the store's lock, and the append sequence (check that
 * the block extends the head, write it, then advance the head). Subclasses only say how a block is written.
 */
abstract class ChainStore implements LedgerStore {
    /** The head of the stored chain; touched only under this store's lock. */
    final ChainHead head;

    ChainStore(ChainHead head) {
        this.head = head;
    }

    @Override
    public synchronized long height() {
        return head.height();
    }

    /** @return the hash of the head block (empty when the store is empty) */
    public synchronized Bytes headHash() {
        return head.hash();
    }

    @Override
    public final synchronized void append(Block block) {
        checkWritable();
        head.checkExtends(block);
        write(block);
        head.advance(block);
    }

    /** Throws if the store cannot take blocks (e.g. closed). Called under the lock. */
    void checkWritable() {
    }

    /**
     * Stores a block that extends the head; when this returns the block is kept (durably, for a durable store).
     * Called under the lock.
     *
     * @param block the block
     */
    abstract void write(Block block);
}
