package dev.eet.consensus.sim;

import dev.eet.api.InvalidArgumentException;
import java.util.Objects;

/**
 * How one directed link behaves.
 *
 * @param latency one-way latency distribution
 * @param loss probability a message is dropped, in [0,1]
 * @param duplication probability a message is delivered twice (the copy with its own latency), in [0,1]
 * @param reordering probability a message is held back by an extra uniform delay in [0, reorderWindowMicros],
 *                   so that later messages overtake it, in [0,1]
 * @param reorderWindowMicros the largest extra hold-back delay
 */
public record LinkProfile(LatencyModel latency, double loss, double duplication, double reordering,
                          long reorderWindowMicros) {
    /** A reliable link with 1 ms fixed latency. */
    public static final LinkProfile RELIABLE = new LinkProfile(LatencyModel.fixed(1_000), 0, 0, 0, 0);

    /** Checks the probabilities. */
    public LinkProfile {
        Objects.requireNonNull(latency, "latency");
        check("loss", loss);
        check("duplication", duplication);
        check("reordering", reordering);
        if (reorderWindowMicros < 0) {
            throw new InvalidArgumentException("link profile", "reorderWindowMicros", "must not be negative");
        }
    }

    private static void check(String field, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new InvalidArgumentException("link profile", field, "must be a probability in [0,1], was " + p);
        }
    }

    /**
     * @param latency a latency model
     * @return a lossless link with that latency
     */
    public static LinkProfile of(LatencyModel latency) {
        return new LinkProfile(latency, 0, 0, 0, 0);
    }

    /** @param p loss probability @return a copy */
    public LinkProfile withLoss(double p) {
        return new LinkProfile(latency, p, duplication, reordering, reorderWindowMicros);
    }

    /** @param p duplication probability @return a copy */
    public LinkProfile withDuplication(double p) {
        return new LinkProfile(latency, loss, p, reordering, reorderWindowMicros);
    }

    /** @param p reordering probability @param windowMicros largest extra delay @return a copy */
    public LinkProfile withReordering(double p, long windowMicros) {
        return new LinkProfile(latency, loss, duplication, p, windowMicros);
    }
}
