/**
 * Consensus types and SPIs: the signed {@link dev.eet.api.consensus.TransactionEnvelope}, blocks
 * ({@link dev.eet.api.consensus.BlockHeader}, {@link dev.eet.api.consensus.Block},
 * {@link dev.eet.api.consensus.CommitCertificate}), and the plug-in points
 * {@link dev.eet.api.consensus.LedgerStore}, {@link dev.eet.api.consensus.Transport},
 * {@link dev.eet.api.consensus.ConsensusProtocol} and {@link dev.eet.api.consensus.ElectionPolicy}, each with a
 * provider interface. Protocols and election policies are independent: any DPoS round can use any policy.
 */
package dev.eet.api.consensus;
