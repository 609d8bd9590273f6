/**
 * Conformance kits for settlement's rule SPIs: {@link dev.eet.tck.settlement.ReputationRuleConformanceKit} and
 * {@link dev.eet.tck.settlement.CompensationRuleConformanceKit} (abstract JUnit 5 + jqwik classes a rule's test
 * extends), with their checkers {@link dev.eet.tck.settlement.ReputationRuleChecker} and
 * {@link dev.eet.tck.settlement.CompensationRuleChecker} usable from any test framework.
 */
package dev.eet.tck.settlement;
