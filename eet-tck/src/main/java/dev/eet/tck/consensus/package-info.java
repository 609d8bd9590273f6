/**
 * Conformance kits for the consensus SPIs: {@link dev.eet.tck.consensus.LedgerStoreConformanceKit} (with the
 * stand-alone {@link dev.eet.tck.consensus.LedgerStoreChecks}) and
 * {@link dev.eet.tck.consensus.TransportConformanceKit} and
 * {@link dev.eet.tck.consensus.ConsensusProtocolConformanceKit}. Election-policy kits live in the {@code election}
 * sub-package.
 */
package dev.eet.tck.consensus;
