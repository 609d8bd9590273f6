/**
 * JMH benchmarks of the auction matchers: {@link dev.eet.matching.bench.CdaClearingBenchmark} ({@code cda} clearing
 * versus {@code Arrays.sort} of as many longs).
 */
package dev.eet.matching.bench;
