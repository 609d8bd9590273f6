package dev.eet.consensus.dag;

import java.time.Duration;

/**
 * Tunables of a {@link DagNode}.
 *
 * @param parents how many tips a new vertex approves (1..{@link DagVertex#MAX_PARENTS})
 * @param settle how long a delegate waits after learning a vertex before it may confirm it (so that both halves of
 *        a double spend arrive and every honest delegate resolves the conflict the same way)
 * @param syncInterval period of anti-entropy, voting, re-attachment and orphan fetching
 * @param reattachAfter how long a node's own unconfirmed transaction may sit on an unresolved or lost conflict
 *        before the node attaches it again on fresh tips
 */
public record DagOptions(int parents, Duration settle, Duration syncInterval, Duration reattachAfter) {
    /** 2 parents, 20 ms settle time, 50 ms sync period, re-attach after 500 ms. */
    public static final DagOptions DEFAULTS = new DagOptions(2, Duration.ofMillis(20), Duration.ofMillis(50),
            Duration.ofMillis(500));

    /** Checks ranges. */
    public DagOptions {
        if (parents < 1 || parents > DagVertex.MAX_PARENTS) {
            throw new dev.eet.api.InvalidArgumentException("dag options", "parents",
                    "must be 1.." + DagVertex.MAX_PARENTS + ", was " + parents);
        }
        if (settle.isNegative()) {
            throw new dev.eet.api.InvalidArgumentException("dag options", "settle", "must not be negative");
        }
        if (reattachAfter.isNegative()) {
            throw new dev.eet.api.InvalidArgumentException("dag options", "reattachAfter", "must not be negative");
        }
        if (syncInterval.isZero() || syncInterval.isNegative()) {
            throw new dev.eet.api.InvalidArgumentException("dag options", "syncInterval", "must be positive");
        }
    }
}
