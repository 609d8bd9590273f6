/**
 * Conformance kit for {@link dev.eet.api.privacy.ProofSystem} implementations: completeness, replay under another
 * statement or context rejected (Frozen Heart class), tampered and malformed proofs rejected, unsatisfied
 * witnesses refused.
 */
package dev.eet.tck.privacy.proof;
