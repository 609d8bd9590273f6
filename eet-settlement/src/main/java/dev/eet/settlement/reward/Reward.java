package dev.eet.settlement.reward;

import dev.eet.api.value.Money;
import java.util.Objects;

/**
 * One node's weekly reward.
 *
 * @param branch which branch of the formula applied
 * @param amount the reward, rounded HALF_EVEN to 6 decimals
 */
public record Reward(RewardBranch branch, Money amount) {
    /** Checks for nulls. */
    public Reward {
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(amount, "amount");
    }
}
