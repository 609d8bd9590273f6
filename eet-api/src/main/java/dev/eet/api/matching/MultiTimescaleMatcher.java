package dev.eet.api.matching;

import java.util.List;

/**
 * A matcher that clears one delivery period in several stages (day-ahead, intraday, real-time), each on the
 * residual positions of the previous stage plus the orders newly submitted for it. {@link #match(List)} is the
 * one-stage special case: a single clearing followed by the grid fallback.
 *
 * <p>Energy is conserved across stages: for every order, the sum of its trades in all stages, its grid trade in
 * the last stage and its final remainder equals its submitted quantity. A residual keeps its order's id, limit,
 * reserve and submission time, so it keeps its time priority.
 */
public interface MultiTimescaleMatcher extends Matcher {

    /**
     * @param books one book per stage, in strictly increasing {@link Timescale} order (stages may be omitted)
     * @return one result per given stage, in the same order
     * @throws dev.eet.api.InvalidArgumentException if the stages are not in strictly increasing order
     */
    List<TimescaleResult> clear(List<TimescaleBook> books);
}
