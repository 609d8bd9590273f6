/**
 * Commitments (privacy.md section 2): Pedersen commitments on P-256 with generators from RFC 9380 hash-to-curve,
 * additively homomorphic, and SHA-256 hash commitments; both as {@link dev.eet.api.privacy.CommitmentScheme}
 * providers.
 */
package dev.eet.privacy.commit;
