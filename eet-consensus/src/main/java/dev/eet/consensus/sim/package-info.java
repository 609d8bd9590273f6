/**
 * The deterministic simulated network [consensus.md section 2]: virtual time, a seeded event queue, per-link
 * latency distributions, loss, duplication, reordering, partitions, crash/restart, and per-node Byzantine
 * behaviour hooks. Same seed and same calls give the same run, message for message.
 * Entry point: {@link dev.eet.consensus.sim.SimulatedNetwork}.
 */
package dev.eet.consensus.sim;
