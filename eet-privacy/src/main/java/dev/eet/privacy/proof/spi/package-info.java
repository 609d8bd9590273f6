/**
 * The proofs of {@link dev.eet.privacy.proof} as {@link dev.eet.api.privacy.ProofSystem} providers with
 * documented byte encodings of statements and witnesses.
 */
package dev.eet.privacy.proof.spi;
