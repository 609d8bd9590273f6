package dev.eet.settlement.reward;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.settlement.Transfer;
import dev.eet.api.spi.Config;
import dev.eet.api.value.Energy;
import dev.eet.api.value.FixedPoint;
import dev.eet.api.value.Money;
import dev.eet.settlement.ledger.CreditLimit;
import dev.eet.settlement.ledger.Ledger;
import dev.eet.settlement.ledger.Posting;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The weekly token-reward schedule of settlement.md section 5 [FDPoS]. Each {@link #closeWeek(Map)} rewards the
 * nodes that traded with {@link RewardFormula#reward}, using this week's difficulty D_N, last week's average
 * volume A_{N-1} and the threshold reward P, then prepares next week:
 * <ul>
 *   <li>refresh: when the week's total volume reaches the configured limit, P halves
 *       ({@code P_new = 0.5 P_old}) and the difficulty restarts at {@code D(1) = A} (the average of the week just
 *       closed, which is next week's A_{N-1});</li>
 *   <li>otherwise {@code D_{N+1} = D_N * nodes_N / nodes_{N-1}} (carried over when nodes_{N-1} is 0 or unknown,
 *       i.e. after the very first week).</li>
 * </ul>
 * {@link #payOut(WeekRewards, Ledger)} mints the weekly total into {@link AccountId#REWARD_POOL} and moves each
 * reward from it to the node, as one recorded batch. Not thread-safe.
 *
 * <p>Configuration keys ({@link #fromConfig(Config)}): {@code reward} (P, money), {@code difficulty} (D(1), kWh),
 * {@code average} (A_0, kWh), {@code limit} (weekly volume that triggers the refresh, kWh).
 */
public final class TokenRewards {
    /** The configuration keys. */
    public static final Set<String> KEYS = Set.of("reward", "difficulty", "average", "limit");

    private final Energy limit;
    private long week = 1;
    private Energy difficulty;
    private Energy lastAverage;
    private Money thresholdReward;
    private int nodesLastWeek = -1;

    /**
     * @param thresholdReward P for week 1
     * @param initialDifficulty D(1)
     * @param initialAverage A_0 (the average before week 1)
     * @param limit the weekly volume that triggers a refresh (positive)
     */
    public TokenRewards(Money thresholdReward, Energy initialDifficulty, Energy initialAverage, Energy limit) {
        String subject = "token rewards";
        if (thresholdReward.isNegative()) {
            throw new InvalidArgumentException(subject, "reward", "must not be negative, was " + thresholdReward);
        }
        if (initialDifficulty.isNegative()) {
            throw new InvalidArgumentException(subject, "difficulty", "must not be negative, was "
                    + initialDifficulty.toPlainString());
        }
        if (initialAverage.isNegative()) {
            throw new InvalidArgumentException(subject, "average", "must not be negative, was "
                    + initialAverage.toPlainString());
        }
        if (!limit.isPositive()) {
            throw new InvalidArgumentException(subject, "limit", "must be positive, was " + limit.toPlainString());
        }
        this.thresholdReward = thresholdReward;
        this.difficulty = initialDifficulty;
        this.lastAverage = initialAverage;
        this.limit = limit;
    }

    /**
     * @param config {@link #KEYS}; {@code reward}, {@code difficulty} and {@code limit} are required,
     *        {@code average} defaults to 0
     * @return the schedule
     */
    public static TokenRewards fromConfig(Config config) {
        Config c = config.withSubject("token rewards").requireOnly(KEYS);
        return new TokenRewards(Money.of(c.getDecimal("reward")), Energy.ofKwh(c.getDecimal("difficulty")),
                c.getEnergy("average", Energy.ZERO), Energy.ofKwh(c.getDecimal("limit")));
    }

    /** @return the week the next {@link #closeWeek(Map)} closes */
    public long week() {
        return week;
    }

    /** @return D_N of the current week */
    public Energy difficulty() {
        return difficulty;
    }

    /** @return P of the current week */
    public Money thresholdReward() {
        return thresholdReward;
    }

    /** @return A_{N-1} for the current week */
    public Energy lastAverage() {
        return lastAverage;
    }

    /**
     * Closes the current week.
     *
     * @param volumes each node's trading volume this week (zero volumes do not count as trading)
     * @return the week's rewards and the next week's parameters
     * @throws InvalidArgumentException on a negative volume
     */
    public WeekRewards closeWeek(Map<ParticipantId, Energy> volumes) {
        SortedMap<ParticipantId, Reward> rewards = new TreeMap<>();
        Money total = Money.ZERO;
        Energy volume = Energy.ZERO;
        int nodes = 0;
        for (Map.Entry<ParticipantId, Energy> e : new TreeMap<>(volumes).entrySet()) {
            if (e.getValue().isNegative()) {
                throw new InvalidArgumentException("token rewards week " + week + " node " + e.getKey(), "volume",
                        "must not be negative, was " + e.getValue().toPlainString());
            }
            if (!e.getValue().isPositive()) {
                continue;
            }
            Reward r = RewardFormula.reward(e.getValue(), lastAverage, difficulty, thresholdReward);
            rewards.put(e.getKey(), r);
            total = total.plus(r.amount());
            volume = volume.plus(e.getValue());
            nodes++;
        }
        Energy average = nodes == 0 ? Energy.ZERO
                : Energy.ofMicroKwh(FixedPoint.divideHalfEven(volume.microKwh(), nodes));
        boolean refresh = volume.compareTo(limit) >= 0;
        Energy nextDifficulty = refresh ? average
                : RewardFormula.nextDifficulty(difficulty, nodes, Math.max(nodesLastWeek, 0));
        Money nextReward = refresh ? RewardFormula.halve(thresholdReward) : thresholdReward;
        WeekRewards out = new WeekRewards(week, difficulty, lastAverage, thresholdReward, rewards, total, volume,
                nodes, refresh, nextDifficulty, nextReward);
        week++;
        difficulty = nextDifficulty;
        thresholdReward = nextReward;
        lastAverage = average;
        nodesLastWeek = nodes;
        return out;
    }

    /**
     * Mints the week's total into the reward pool and pays each node from it, as one all-or-nothing batch.
     * Node accounts are opened (externally owned, no credit) if absent.
     *
     * @param rewards a closed week
     * @param ledger the ledger (with {@link AccountId#REWARD_POOL} open)
     * @return the batch number (0 when nothing was minted)
     */
    public static long payOut(WeekRewards rewards, Ledger ledger) {
        List<Posting> postings = new ArrayList<>();
        if (rewards.total().signum() > 0) {
            postings.add(Posting.mint(AccountId.REWARD_POOL, rewards.total(), "token rewards week " + rewards.week()));
        }
        for (Map.Entry<ParticipantId, Reward> e : rewards.rewards().entrySet()) {
            if (e.getValue().amount().signum() > 0) {
                ledger.openIfAbsent(AccountId.of(e.getKey()), CreditLimit.NONE);
                postings.add(Posting.of(new Transfer(AccountId.REWARD_POOL, AccountId.of(e.getKey()),
                        e.getValue().amount(), "token reward week " + rewards.week() + " ("
                        + e.getValue().branch() + ")")));
            }
        }
        return ledger.commit(postings);
    }
}
