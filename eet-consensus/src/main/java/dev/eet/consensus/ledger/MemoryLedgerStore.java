package dev.eet.consensus.ledger;

import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.LedgerStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * In-memory {@link LedgerStore} for tests and simulations: same checks as the file store (height, hash link,
 * Merkle root, ids; and signatures plus certificate when a {@link BlockVerifier} is given), no durability.
 * In the fault harness one instance plays a node's "disk" across simulated crashes. Thread-safe.
 */
public final class MemoryLedgerStore extends ChainStore {
    private final List<Block> blocks = new ArrayList<>();

    /** A store that checks structure only. */
    public MemoryLedgerStore() {
        this(Optional.empty());
    }

    /** @param verifier optional full verifier applied to every appended block */
    public MemoryLedgerStore(Optional<BlockVerifier> verifier) {
        super(new ChainHead("memory ledger", verifier));
    }

    @Override
    void write(Block block) {
        blocks.add(block);
    }

    @Override
    public synchronized Optional<Block> block(long height) {
        return height < 0 || height >= blocks.size() ? Optional.empty() : Optional.of(blocks.get((int) height));
    }

    @Override
    public void close() {
        // nothing to release
    }
}
