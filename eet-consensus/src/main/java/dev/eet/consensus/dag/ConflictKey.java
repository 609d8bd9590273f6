package dev.eet.consensus.dag;

import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.TransactionEnvelope;

import java.util.Objects;

/**
 * What two conflicting transactions share: sender and nonce. Two different transactions with one key conflict (a
 * double spend); at most one of them is ever confirmed. The same transaction in two vertices is no conflict.
 *
 * @param sender the transaction's sender
 * @param nonce the sender's nonce
 */
public record ConflictKey(NodeId sender, long nonce) implements Comparable<ConflictKey> {
    /** Checks for null. */
    public ConflictKey {
        Objects.requireNonNull(sender, "sender");
    }

    /**
     * @param tx a transaction
     * @return its key
     */
    public static ConflictKey of(TransactionEnvelope tx) {
        return new ConflictKey(tx.sender(), tx.nonce());
    }

    @Override
    public int compareTo(ConflictKey o) {
        int c = sender.compareTo(o.sender);
        return c != 0 ? c : Long.compare(nonce, o.nonce);
    }

    @Override
    public String toString() {
        return sender + "#" + nonce;
    }
}
