/**
 * Delegate-election policies (consensus.md section 3), each an
 * {@link dev.eet.api.consensus.ElectionPolicyProvider} found by {@link java.util.ServiceLoader}:
 * {@code stake} ({@link dev.eet.consensus.election.StakePolicy}), {@code latency}
 * ({@link dev.eet.consensus.election.LatencyPolicy}, fed by a {@link dev.eet.consensus.election.HeartbeatMonitor}),
 * {@code credit} ({@link dev.eet.consensus.election.CreditPolicy}, formulas in
 * {@link dev.eet.consensus.election.CreditFormula}), {@code fdpos} ({@link dev.eet.consensus.election.FdposPolicy},
 * formula in {@link dev.eet.consensus.election.VesScore}) and {@code reputation}
 * ({@link dev.eet.consensus.election.ReputationPolicy}, bookkeeping in
 * {@link dev.eet.consensus.election.ReputationBook}).
 *
 * <p>Every policy is a pure function of its configuration (including the seed) and the candidates: the same
 * input gives the same result, whatever the order of the candidate list; scores are doubles (dimensionless) and
 * ties break by node id.
 */
package dev.eet.consensus.election;
