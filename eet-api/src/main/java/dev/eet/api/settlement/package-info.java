/**
 * Settlement's shared types and SPIs: accounts ({@link dev.eet.api.settlement.AccountId},
 * {@link dev.eet.api.settlement.AccountKind}), money movements ({@link dev.eet.api.settlement.Transfer}) and the
 * pluggable rules: {@link dev.eet.api.settlement.CompensationRule} (who pays whom for a forecast deviation) and
 * {@link dev.eet.api.settlement.ReputationRule} (how credit/reputation follows from a participant's
 * {@link dev.eet.api.settlement.ReputationEvent} history). Conformance kits for both rules live in
 * {@code dev.eet.tck.settlement}.
 */
package dev.eet.api.settlement;
