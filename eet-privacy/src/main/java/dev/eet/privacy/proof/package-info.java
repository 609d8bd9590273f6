/**
 * Zero-knowledge proofs (privacy.md section 3), non-interactive with strong Fiat-Shamir ({@link
 * dev.eet.privacy.proof.Transcript}): a curve-generic sigma protocol for {@link dev.eet.privacy.proof.LinearRelation}s
 * (knowledge of openings, linear relations between commitments, products), CDS OR composition, and aggregated
 * Bulletproofs range proofs behind {@link dev.eet.privacy.proof.RangeProof}.
 */
package dev.eet.privacy.proof;
