/**
 * Keys, signatures and hashes used by the ledger and the protocols: Ed25519 (Bouncy Castle) node keys
 * ({@link dev.eet.consensus.crypto.NodeKeys}), the public-key directory that verifies signatures
 * ({@link dev.eet.consensus.crypto.KeyDirectory}) and SHA-256 ({@link dev.eet.consensus.crypto.Sha256}).
 */
package dev.eet.consensus.crypto;
