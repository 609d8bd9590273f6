/**
 * Asynchronous settlement against a price/priority matrix (settlement.md section 1, [Report ch.2] Algorithm 1
 * with its erratum fixed): {@link dev.eet.settlement.async.PriceMatrix}, the pure algorithm
 * {@link dev.eet.settlement.async.PriorityMatrixSettlement}, and the cycle engine
 * {@link dev.eet.settlement.async.AsyncSettlement} with normal and abnormal cycles, tolerance n, incomplete
 * settlement with grid take-over, penalties and late data. Outcomes are the sealed
 * {@link dev.eet.settlement.async.CycleOutcome}.
 */
package dev.eet.settlement.async;
