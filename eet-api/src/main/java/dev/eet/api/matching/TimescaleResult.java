package dev.eet.api.matching;

import java.util.Objects;

/**
 * The outcome of one clearing stage. In every stage but the last, {@link MatchResult#unmatched()} lists the
 * residual positions carried to the next stage and there are no grid trades; the last stage sends what is still
 * open to the grid.
 *
 * @param timescale the stage
 * @param result its trades, grid trades, carried remainders and rejections
 */
public record TimescaleResult(Timescale timescale, MatchResult result) {
    /** Checks for nulls. */
    public TimescaleResult {
        Objects.requireNonNull(timescale, "timescale");
        Objects.requireNonNull(result, "result");
    }
}
