package dev.eet.settlement.reward;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.value.Energy;
import dev.eet.api.value.FixedPoint;
import dev.eet.api.value.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The [FDPoS] formulas of settlement.md section 5, exact: every comparison is on whole micro-units and every
 * result is computed with big integers and rounded once, HALF_EVEN, to 6 decimals.
 */
public final class RewardFormula {

    private RewardFormula() {
    }

    /**
     * {@code D_N = D_{N-1} * nodes_{N-1} / nodes_{N-2}}, rounded HALF_EVEN to the micro-kWh. When
     * {@code nodes_{N-2}} is 0 (nobody traded, or no such week) the difficulty is carried over unchanged.
     *
     * @param previous D_{N-1}
     * @param nodesLastWeek nodes_{N-1}
     * @param nodesWeekBefore nodes_{N-2}
     * @return D_N
     */
    public static Energy nextDifficulty(Energy previous, int nodesLastWeek, int nodesWeekBefore) {
        if (nodesLastWeek < 0 || nodesWeekBefore < 0) {
            throw new InvalidArgumentException("difficulty", "nodes", "must not be negative, was " + nodesLastWeek
                    + " and " + nodesWeekBefore);
        }
        if (nodesWeekBefore == 0) {
            return previous;
        }
        return Energy.ofMicroKwh(FixedPoint.multiplyDivide(previous.microKwh(), nodesLastWeek, nodesWeekBefore,
                "Energy"));
    }

    /**
     * One node's reward for the week.
     *
     * @param volume W_i, the node's trading volume this week (not negative)
     * @param lastAverage A_{N-1}, last week's average trading volume (not negative)
     * @param difficulty D_N (not negative)
     * @param thresholdReward P, the reward at the threshold (not negative)
     * @return the branch and the amount
     */
    public static Reward reward(Energy volume, Energy lastAverage, Energy difficulty, Money thresholdReward) {
        requireNotNegative("volume", volume.microKwh());
        requireNotNegative("lastAverage", lastAverage.microKwh());
        requireNotNegative("difficulty", difficulty.microKwh());
        requireNotNegative("thresholdReward", thresholdReward.micros());
        BigInteger w = BigInteger.valueOf(volume.microKwh());
        BigInteger a = BigInteger.valueOf(lastAverage.microKwh());
        BigInteger d = BigInteger.valueOf(difficulty.microKwh());
        BigInteger p = BigInteger.valueOf(thresholdReward.micros());
        BigInteger twoA = a.shiftLeft(1);
        BigInteger twoW = w.shiftLeft(1);
        if (twoA.compareTo(d) <= 0) { // case 1: A <= 0.5 D
            if (w.compareTo(a) <= 0) {
                // 0.5 P W / A (W = 0 when A = 0)
                Money m = a.signum() == 0 ? Money.ZERO : ratio(p.multiply(w), twoA);
                return new Reward(RewardBranch.CASE1_UP_TO_AVERAGE, m);
            }
            if (twoW.compareTo(d) <= 0) {
                // 0.5 P (1 + (W - A)/(D - A)) = P (D + W - 2A) / (2 (D - A)); D - A > 0 here since A < W <= D/2
                BigInteger num = p.multiply(d.add(w).subtract(twoA));
                BigInteger den = d.subtract(a).shiftLeft(1);
                return new Reward(RewardBranch.CASE1_UP_TO_HALF_DIFFICULTY, ratio(num, den));
            }
            return new Reward(RewardBranch.CASE1_ABOVE_HALF_DIFFICULTY, thresholdReward);
        }
        // case 2: A > 0.5 D, so A > 0
        if (twoW.compareTo(d) <= 0) {
            return new Reward(RewardBranch.CASE2_UP_TO_HALF_DIFFICULTY, ratio(p.multiply(w), a));
        }
        return new Reward(RewardBranch.CASE2_ABOVE_HALF_DIFFICULTY, thresholdReward);
    }

    /**
     * @param reward P_old
     * @return {@code 0.5 P_old}, rounded HALF_EVEN to 6 decimals
     */
    public static Money halve(Money reward) {
        return Money.ofMicros(FixedPoint.divideHalfEven(reward.micros(), 2));
    }

    private static Money ratio(BigInteger numeratorMicros, BigInteger denominator) {
        BigDecimal q = new BigDecimal(numeratorMicros).divide(new BigDecimal(denominator), 0, RoundingMode.HALF_EVEN);
        return Money.ofMicros(q.longValueExact());
    }

    private static void requireNotNegative(String field, long units) {
        if (units < 0) {
            throw new InvalidArgumentException("token reward", field, "must not be negative, was "
                    + FixedPoint.format(units));
        }
    }
}
