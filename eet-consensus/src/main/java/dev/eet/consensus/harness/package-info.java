/**
 * The deterministic fault-injection harness: runs a whole cluster ({@link dev.eet.consensus.harness.SimulatedCluster},
 * e.g. {@link dev.eet.consensus.harness.PbftCluster} or a DPoS network) on the simulated network from a seed,
 * injects crashes, partitions, loss and Byzantine members up to the tolerated count, checks safety after every
 * simulated event ({@link dev.eet.consensus.harness.SafetyMonitor}) and liveness once faults heal
 * ({@link dev.eet.consensus.harness.FaultHarness}).
 */
package dev.eet.consensus.harness;
