package dev.eet.examples.node;

import dev.eet.api.consensus.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The committed blocks a node has applied, by height, for the explorer API. Filled from the ledger file on start
 * and from each commit afterwards; the ledger file stays the durable copy.
 */
final class ChainArchive {
    private final List<Block> blocks = new ArrayList<>();

    synchronized void add(Block b) {
        if (b.height() != blocks.size()) {
            throw new IllegalStateException("archive: expected height " + blocks.size() + ", got " + b.height());
        }
        blocks.add(b);
    }

    synchronized Optional<Block> block(long height) {
        return height < 0 || height >= blocks.size() ? Optional.empty() : Optional.of(blocks.get((int) height));
    }

    synchronized long height() {
        return blocks.size() - 1L;
    }
}
