/**
 * The matcher conformance kit: {@link dev.eet.tck.matching.MatcherConformanceKit} (extend it),
 * {@link dev.eet.tck.matching.MatcherInvariants} (the invariants as a reusable checker) and
 * {@link dev.eet.tck.matching.OrderArbitraries} (jqwik generators of order batches).
 */
package dev.eet.tck.matching;
