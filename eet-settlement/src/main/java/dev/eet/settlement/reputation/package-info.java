/**
 * Credit and reputation (settlement.md section 4): the two published rules as
 * {@link dev.eet.api.settlement.ReputationRule} providers ({@code report-ch3-credit}, {@code report-ch4-reputation},
 * both configurable through {@link dev.eet.settlement.reputation.BoundedReputationRule}) and the append-only,
 * replayable {@link dev.eet.settlement.reputation.ReputationLog}.
 */
package dev.eet.settlement.reputation;
