package dev.eet.consensus.dag;

import dev.eet.api.model.ParticipantId;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;

import java.util.Map;
import java.util.SortedMap;

/**
 * A weekly token-reward schedule as {@link DelegateRewards} needs it: eet-settlement's token reward with halving
 * ({@code dev.eet.settlement.reward.TokenRewards}, settlement.md section 5) fits it with
 * {@code volumes -> amounts of tokenRewards.closeWeek(volumes)} (see DagRewardsTest). An interface, so that
 * eet-consensus keeps depending on eet-api only; the assembling module wires the real schedule in.
 */
@FunctionalInterface
public interface RewardSchedule {
    /**
     * Closes one week.
     *
     * @param volumes each participant's volume this week
     * @return each rewarded participant's reward
     */
    SortedMap<ParticipantId, Money> closeWeek(Map<ParticipantId, Energy> volumes);
}
