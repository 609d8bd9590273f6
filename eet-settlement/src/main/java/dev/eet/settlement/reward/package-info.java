/**
 * Token rewards with halving (settlement.md section 5, [FDPoS]): the difficulty iteration and the five reward
 * branches ({@link dev.eet.settlement.reward.RewardFormula}), and the weekly schedule with refresh/halving
 * ({@link dev.eet.settlement.reward.TokenRewards}) whose payouts are minted into the reward pool and moved from it
 * as one recorded ledger batch. All arithmetic is exact, rounded once HALF_EVEN to 6 decimals.
 */
package dev.eet.settlement.reward;
