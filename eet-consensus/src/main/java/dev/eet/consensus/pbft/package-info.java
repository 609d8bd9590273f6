/**
 * PBFT consensus groups [Report ch.5, consensus.md section 4]: {@link dev.eet.consensus.pbft.PbftReplica}
 * (pre-prepare / prepare / commit, view change, checkpoints, catch-up, reputation updates),
 * {@link dev.eet.consensus.pbft.PbftObserver} (non-members accept a block when more than n/2 members report it),
 * {@link dev.eet.consensus.pbft.PbftGroup}, {@link dev.eet.consensus.pbft.ReputationBook}, the wire messages and
 * the {@code pbft} {@link dev.eet.api.consensus.ConsensusProtocolProvider}.
 */
package dev.eet.consensus.pbft;
