package dev.eet.consensus.dpos;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.NodeId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The parameters every node of one DPoS chain shares.
 *
 * @param nodes every validating node (the majority is counted over them)
 * @param operator the operator whose signed {@code dpos-readmit} transactions re-admit evicted nodes
 * @param start when slot 0 begins
 * @param slot the length of one slot
 * @param maxTransactionsPerBlock the most transactions a delegate packs into one block
 */
public record DposSettings(SortedSet<NodeId> nodes, NodeId operator, Instant start, Duration slot,
                           int maxTransactionsPerBlock) {
    /** Validates and copies. */
    public DposSettings {
        nodes = Collections.unmodifiableSortedSet(new TreeSet<>(nodes));
        if (nodes.isEmpty()) {
            throw new InvalidArgumentException("dpos settings", "nodes", "must not be empty");
        }
        if (slot.isNegative() || slot.isZero()) {
            throw new InvalidArgumentException("dpos settings", "slot", "must be positive, was " + slot);
        }
        if (maxTransactionsPerBlock < 1) {
            throw new InvalidArgumentException("dpos settings", "maxTransactionsPerBlock",
                    "must be at least 1, was " + maxTransactionsPerBlock);
        }
    }

    /**
     * A block needs endorsements from more than half of the nodes, so that two quorums always share an honest
     * node: {@code floor(N / 2) + 1} (for odd N this is "at least half", rounded up).
     *
     * @return the quorum
     */
    public int quorum() {
        return nodes.size() / 2 + 1;
    }

    /**
     * @param epochMillis a time
     * @return the slot it falls in (negative before the start)
     */
    public long slotAt(long epochMillis) {
        return Math.floorDiv(epochMillis - start.toEpochMilli(), slot.toMillis());
    }

    /**
     * @param slotIndex a slot
     * @return when it begins, in epoch milliseconds
     */
    public long slotStart(long slotIndex) {
        return start.toEpochMilli() + slotIndex * slot.toMillis();
    }
}
