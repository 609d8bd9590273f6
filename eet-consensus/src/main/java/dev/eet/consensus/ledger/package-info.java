/**
 * The ledger [consensus.md section 1]: signed transactions ({@link dev.eet.consensus.ledger.Transactions}),
 * blocks ({@link dev.eet.consensus.ledger.Blocks}, {@link dev.eet.consensus.ledger.MerkleTree},
 * {@link dev.eet.consensus.ledger.BlockVerifier}, {@link dev.eet.consensus.ledger.CertificateRule}), block cutting
 * by MMC/MBT ({@link dev.eet.consensus.ledger.BlockCutter}), the canonical encoding
 * ({@link dev.eet.consensus.ledger.LedgerCodec}) and the stores ({@link dev.eet.consensus.ledger.FileLedgerStore},
 * {@link dev.eet.consensus.ledger.MemoryLedgerStore}).
 */
package dev.eet.consensus.ledger;
