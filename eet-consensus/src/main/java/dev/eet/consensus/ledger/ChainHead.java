package dev.eet.consensus.ledger;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.Block;
import dev.eet.api.value.Bytes;
import java.util.Optional;

/** The head of a chain and the rule a block must meet to extend it; shared by the stores. */
final class ChainHead {
    private final String subject;
    private final Optional<BlockVerifier> verifier;
    private long height = -1;
    private Bytes hash = Bytes.EMPTY;

    ChainHead(String subject, Optional<BlockVerifier> verifier) {
        this.subject = subject;
        this.verifier = verifier;
    }

    long height() {
        return height;
    }

    Bytes hash() {
        return hash;
    }

    /** Checks that {@code block} extends this head; throws InvalidArgumentException (store contract). */
    void checkExtends(Block block) {
        if (block.height() != height + 1) {
            throw new InvalidArgumentException(subject, "height", "block " + block.height()
                    + " does not extend head " + height + " (expected " + (height + 1) + ")");
        }
        try {
            if (verifier.isPresent()) {
                verifier.get().verify(block, hash);
            } else {
                BlockVerifier.verifyStructure(block, hash);
            }
        } catch (BlockRejectedException e) {
            throw new InvalidArgumentException(subject, "block " + block.height(), e.reason());
        }
    }

    void advance(Block block) {
        height = block.height();
        hash = Blocks.hash(block.header());
    }
}
