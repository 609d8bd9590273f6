/**
 * JMH benchmarks of the continuous limit order book against exchange-core 0.5.3 (bench profile only).
 */
package dev.eet.matching.continuous.bench;
