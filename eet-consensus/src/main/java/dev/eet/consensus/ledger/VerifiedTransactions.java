package dev.eet.consensus.ledger;

import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.consensus.crypto.KeyDirectory;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Remembers transactions whose signature already verified against one {@link KeyDirectory}, so that a replica
 * checks each Ed25519 signature once even though the same transaction reaches it several times (as a request,
 * inside a pre-prepare, inside a fetched block).
 *
 * <p>Soundness: the cache is keyed on the <em>whole</em> envelope (id, type, payload, sender, nonce, timestamp and
 * signature, compared byte for byte), so a hit means exactly this envelope was fully verified by
 * {@link Transactions#verify} against this directory. An envelope that reuses a cached id with another payload or
 * another signature is a miss and is verified (and rejected) in full; only envelopes that passed are remembered.
 *
 * <p>Bounded: the oldest entries are forgotten beyond {@code capacity} (a forgotten transaction is simply verified
 * again). Thread-safe: transport threads may verify while the protocol thread reads.
 */
public final class VerifiedTransactions {
    private final KeyDirectory keys;
    private final int capacity;
    private final LinkedHashSet<TransactionEnvelope> verified = new LinkedHashSet<>();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong checks = new AtomicLong();

    /**
     * @param keys the directory every transaction is verified against
     * @param capacity how many verified envelopes to remember (at least 1)
     */
    public VerifiedTransactions(KeyDirectory keys, int capacity) {
        this.keys = Objects.requireNonNull(keys, "keys");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    /** @return the directory signatures are checked against */
    public KeyDirectory keys() {
        return keys;
    }

    /**
     * Verifies a transaction (id recomputed, sender known, Ed25519 signature), skipping the signature check when
     * exactly this envelope already passed.
     *
     * @param tx the transaction
     * @throws SignatureRejectedException as {@link Transactions#verify} does
     */
    public void verify(TransactionEnvelope tx) {
        checks.incrementAndGet();
        if (contains(tx)) {
            // equal to a remembered envelope in every field, so its id matched and its signature verified
            hits.incrementAndGet();
            return;
        }
        Transactions.verify(tx, keys);
        remember(tx);
    }

    /**
     * @param tx the transaction
     * @return whether it verifies (see {@link #verify})
     */
    public boolean isValid(TransactionEnvelope tx) {
        try {
            verify(tx);
            return true;
        } catch (SignatureRejectedException e) {
            return false;
        }
    }

    /**
     * @param tx an envelope
     * @return whether exactly this envelope is remembered as verified
     */
    public synchronized boolean contains(TransactionEnvelope tx) {
        return verified.contains(tx);
    }

    /** @return how many envelopes are remembered */
    public synchronized int size() {
        return verified.size();
    }

    /** @return how many checks were answered from the cache (no signature verification) */
    public long hits() {
        return hits.get();
    }

    /** @return how many checks were made */
    public long checks() {
        return checks.get();
    }

    private synchronized void remember(TransactionEnvelope tx) {
        if (verified.add(tx) && verified.size() > capacity) {
            var oldest = verified.iterator();
            oldest.next();
            oldest.remove();
        }
    }
}
