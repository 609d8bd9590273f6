package dev.eet.consensus.ledger;

/**
 * A block failed verification: wrong previous hash, Merkle root, transaction id, signature or commit
 * certificate. Carries the height.
 */
public final class BlockRejectedException extends SignatureRejectedException {
    private static final long serialVersionUID = 1L;

    private final long height;

    /**
     * @param height the block's height
     * @param reason why it was rejected
     */
    public BlockRejectedException(long height, String reason) {
        super("block " + height, reason);
        this.height = height;
    }

    /** @return the rejected block's height */
    public long height() {
        return height;
    }
}
