package dev.eet.consensus.dpos;

import dev.eet.api.value.Bytes;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a DPoS node keeps the votes it has cast, so that after a crash and restart it never votes for a second
 * block in a round it voted in before (which could let two blocks reach a majority at one height). A node writes
 * its vote here before sending it. Must be as durable as the ledger: {@link #inMemory()} for a store that
 * survives only simulated crashes, {@link FileVoteJournal} (fsync'ed) beside a ledger file.
 */
public interface VoteJournal extends AutoCloseable {
    /**
     * @param height a height
     * @param round a voting round at it
     * @return the block hash this node voted for there, if it did
     */
    Optional<Bytes> voted(long height, long round);

    /**
     * Records a vote durably (before it is sent).
     *
     * @param height the height
     * @param round the round
     * @param blockHash the block voted for
     */
    void record(long height, long round, Bytes blockHash);

    /**
     * Forgets the votes below a committed height (they can never matter again).
     *
     * @param committedHeight the node's committed height
     */
    void prune(long committedHeight);

    @Override
    default void close() {
    }

    /** @return a journal in memory (for simulations, where it is kept across simulated crashes like a disk) */
    static VoteJournal inMemory() {
        return new VoteJournal() {
            private final Map<Long, Map<Long, Bytes>> votes = new HashMap<>();

            @Override
            public synchronized Optional<Bytes> voted(long height, long round) {
                return Optional.ofNullable(votes.getOrDefault(height, Map.of()).get(round));
            }

            @Override
            public synchronized void record(long height, long round, Bytes blockHash) {
                votes.computeIfAbsent(height, h -> new HashMap<>()).putIfAbsent(round, blockHash);
            }

            @Override
            public synchronized void prune(long committedHeight) {
                votes.keySet().removeIf(h -> h <= committedHeight);
            }
        };
    }
}
