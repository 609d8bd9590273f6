package dev.eet.consensus.pbft;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.spi.Config;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * Tuning of one PBFT member.
 *
 * @param maxMessageCount MMC: most transactions per block
 * @param maxBatchTime MBT: longest a transaction waits at the primary before a block is cut
 * @param viewTimeout how long a member waits for progress before asking for a view change (doubles per
 *                    consecutive view change)
 * @param checkpointInterval a checkpoint every this many heights; the protocol log is truncated at stable ones
 * @param reputation reputation parameters (T_init, T_max, T_up, T_down, T_min)
 * @param misbehaviours Byzantine behaviours for fault injection (empty for honest members)
 */
public record PbftOptions(int maxMessageCount, Duration maxBatchTime, Duration viewTimeout, int checkpointInterval,
                          ReputationBook.Parameters reputation, Set<PbftMisbehaviour> misbehaviours) {
    /** Defaults: MMC 500, MBT 50 ms, view timeout 500 ms, checkpoint every 16 heights. */
    public static final PbftOptions DEFAULTS = new PbftOptions(500, Duration.ofMillis(50), Duration.ofMillis(500), 16,
            ReputationBook.Parameters.DEFAULTS, Set.of());

    /** Checks ranges and copies the set. */
    public PbftOptions {
        if (maxMessageCount < 1) {
            throw new InvalidArgumentException("pbft", "maxMessageCount", "must be at least 1, was " + maxMessageCount);
        }
        if (maxBatchTime.isNegative()) {
            throw new InvalidArgumentException("pbft", "maxBatchTime", "must not be negative");
        }
        if (viewTimeout.isZero() || viewTimeout.isNegative()) {
            throw new InvalidArgumentException("pbft", "viewTimeout", "must be positive");
        }
        if (checkpointInterval < 1) {
            throw new InvalidArgumentException("pbft", "checkpointInterval", "must be at least 1");
        }
        misbehaviours = misbehaviours.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(misbehaviours));
    }

    /**
     * Reads {@code maxMessageCount}, {@code maxBatchTime}, {@code viewTimeout}, {@code checkpointInterval} and the
     * reputation keys {@code tInit tMax tUp tDown tMin} from a config (unset keys keep their defaults).
     *
     * @param c the config
     * @return the options
     */
    public static PbftOptions from(Config c) {
        return new PbftOptions(c.getInt("maxMessageCount", DEFAULTS.maxMessageCount),
                c.getDuration("maxBatchTime", DEFAULTS.maxBatchTime), c.getDuration("viewTimeout", DEFAULTS.viewTimeout),
                c.getInt("checkpointInterval", DEFAULTS.checkpointInterval), ReputationBook.Parameters.from(c),
                Set.of());
    }

    /** @param m misbehaviours @return a copy with them */
    public PbftOptions withMisbehaviours(Set<PbftMisbehaviour> m) {
        return new PbftOptions(maxMessageCount, maxBatchTime, viewTimeout, checkpointInterval, reputation, m);
    }

    /** @param mmc MMC @param mbt MBT @return a copy with them */
    public PbftOptions withBatching(int mmc, Duration mbt) {
        return new PbftOptions(mmc, mbt, viewTimeout, checkpointInterval, reputation, misbehaviours);
    }

    /** @param t view timeout @return a copy */
    public PbftOptions withViewTimeout(Duration t) {
        return new PbftOptions(maxMessageCount, maxBatchTime, t, checkpointInterval, reputation, misbehaviours);
    }

    /** @param k checkpoint interval @return a copy */
    public PbftOptions withCheckpointInterval(int k) {
        return new PbftOptions(maxMessageCount, maxBatchTime, viewTimeout, k, reputation, misbehaviours);
    }}
