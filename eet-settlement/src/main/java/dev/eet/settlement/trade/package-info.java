/**
 * Settlement of matcher output: {@link dev.eet.settlement.trade.MatchSettlement} turns any
 * {@link dev.eet.api.matching.MatchResult} into ledger movements.
 */
package dev.eet.settlement.trade;
