package dev.eet.settlement.reward;

import dev.eet.api.model.ParticipantId;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The rewards of one closed week.
 *
 * @param week N, from 1
 * @param difficulty D_N used this week
 * @param lastAverage A_{N-1} used this week
 * @param thresholdReward P used this week
 * @param rewards each trading node's reward, by id
 * @param total the weekly total (sum of the rewards)
 * @param volume the week's total trading volume
 * @param nodes how many nodes traded (volume &gt; 0)
 * @param refreshed whether the volume reached the limit, so next week halves P and restarts the difficulty
 * @param nextDifficulty D_{N+1}
 * @param nextThresholdReward P for week N+1
 */
public record WeekRewards(long week, Energy difficulty, Energy lastAverage, Money thresholdReward,
                          SortedMap<ParticipantId, Reward> rewards, Money total, Energy volume, int nodes,
                          boolean refreshed, Energy nextDifficulty, Money nextThresholdReward) {
    /** Copies the map. */
    public WeekRewards {
        rewards = Collections.unmodifiableSortedMap(new TreeMap<>(rewards));
    }
}
