/**
 * The continuous limit order book (matching.md section 3, mechanism {@code continuous}).
 *
 * <p>{@link dev.eet.matching.continuous.OrderBook} is the engine: place (GTC/IOC limit and market orders),
 * cancel, amend, partial fills, price-time priority, {@link dev.eet.matching.continuous.PricingRule pluggable
 * pricing}, {@link dev.eet.matching.continuous.SelfTradePolicy self-trade prevention}; integer arithmetic on raw
 * fixed-point units and allocation-free in steady state. {@link dev.eet.matching.continuous.ContinuousMatcher}
 * adapts it to the {@link dev.eet.api.matching.Matcher} SPI by replaying a batch in time order, and
 * {@link dev.eet.matching.continuous.ContinuousMatcherProvider} registers it under the name {@code continuous}.
 */
package dev.eet.matching.continuous;
