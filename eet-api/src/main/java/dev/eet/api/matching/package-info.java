/**
 * The matcher SPI. A {@link dev.eet.api.matching.Matcher} turns the orders of one delivery period into peer
 * trades, grid trades and unmatched remainders; implementations are found by name through
 * {@link dev.eet.api.matching.MatcherProvider} and {@link dev.eet.api.spi.ProviderRegistry}.
 * {@link dev.eet.api.matching.MarketReport} turns a result into the per-participant report and the comparison with
 * the grid-only baseline ({@link dev.eet.api.matching.GridTariff}); a
 * {@link dev.eet.api.matching.MultiTimescaleMatcher} clears day-ahead, intraday and real-time stages
 * ({@link dev.eet.api.matching.TimescaleBook}, {@link dev.eet.api.matching.TimescaleResult}) on residual positions.
 *
 * <h2>What every matcher guarantees (checked by {@code dev.eet.tck.matching.MatcherConformanceKit})</h2>
 * <ul>
 *   <li>Energy is conserved: per order, traded + grid + unmatched = submitted.</li>
 *   <li>No trade outside a participant's limit (round 1) or reserve (round 2).</li>
 *   <li>No negative or zero-quantity trade; no self-trade.</li>
 *   <li>Priority is respected (price first, then time) where the mechanism says so.</li>
 *   <li>Deterministic: same input and seed, same output; the order of the input list matters only through
 *       submission time.</li>
 *   <li>Budget balance: what buyers pay peer-to-peer equals what sellers receive.</li>
 *   <li>Invalid orders (duplicate id, unknown participant) are rejected with an
 *       {@link dev.eet.api.matching.OrderRejection}; the rest of the batch still clears.</li>
 * </ul>
 */
package dev.eet.api.matching;
