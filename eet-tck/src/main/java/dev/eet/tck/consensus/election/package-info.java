/**
 * Conformance kit for {@link dev.eet.api.consensus.ElectionPolicy} implementations:
 * {@link dev.eet.tck.consensus.election.ElectionPolicyConformanceKit} (abstract JUnit 5 + jqwik suite) and
 * {@link dev.eet.tck.consensus.election.ElectionInvariants} (the checker, usable on its own).
 */
package dev.eet.tck.consensus.election;
