/**
 * How protocols see time and run their events: {@link dev.eet.consensus.runtime.Scheduler} (a clock, timers and a
 * single logical event thread), implemented by the simulated network (virtual time) and by
 * {@link dev.eet.consensus.runtime.ExecutorScheduler} (real time, one thread).
 */
package dev.eet.consensus.runtime;
