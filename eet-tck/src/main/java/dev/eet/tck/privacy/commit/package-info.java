/**
 * Conformance kit for {@link dev.eet.api.privacy.CommitmentScheme} implementations: binding, hiding, malformed
 * input, and the homomorphic property.
 */
package dev.eet.tck.privacy.commit;
