/**
 * Privacy SPIs (privacy.md): an additively {@link dev.eet.api.privacy.HomomorphicScheme homomorphic encryption
 * scheme} (Paillier by default), a {@link dev.eet.api.privacy.CommitmentScheme commitment scheme} (Pedersen by
 * default) and a {@link dev.eet.api.privacy.ProofSystem proof system} for the statements of the private trading
 * workflow. Keys, ciphertexts, commitments and proofs cross these interfaces in their stable, versioned byte
 * encodings so that they can be stored on a ledger and verified by anybody holding only public data.
 */
package dev.eet.api.privacy;
