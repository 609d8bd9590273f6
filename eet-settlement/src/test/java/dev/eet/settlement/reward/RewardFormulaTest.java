package dev.eet.settlement.reward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import dev.eet.settlement.ledger.Ledger;
import dev.eet.settlement.ledger.LedgerEntry;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RewardFormulaTest {
    static final Money P = Money.of(100);

    static Reward reward(String w, String a, String d) {
        return RewardFormula.reward(Energy.ofKwh(w), Energy.ofKwh(a), Energy.ofKwh(d), P);
    }

    @Test
    void case1UpToAverage() {
        // A = 20 <= D/2 = 50; W = 10 <= A: 0.5 * 100 * 10/20 = 25
        assertEquals(new Reward(RewardBranch.CASE1_UP_TO_AVERAGE, Money.of(25)), reward("10", "20", "100"));
        assertEquals(new Reward(RewardBranch.CASE1_UP_TO_AVERAGE, Money.of(50)), reward("20", "20", "100"));
    }

    @Test
    void case1BetweenAverageAndHalfDifficulty() {
        // W = 40: 0.5 * 100 * (1 + 20/80) = 62.5
        assertEquals(new Reward(RewardBranch.CASE1_UP_TO_HALF_DIFFICULTY, Money.of("62.5")), reward("40", "20", "100"));
        // W = D/2 = 50: 0.5 * 100 * (1 + 30/80) = 68.75
        assertEquals(new Reward(RewardBranch.CASE1_UP_TO_HALF_DIFFICULTY, Money.of("68.75")), reward("50", "20", "100"));
    }

    @Test
    void case1AboveHalfDifficultyGetsP() {
        assertEquals(new Reward(RewardBranch.CASE1_ABOVE_HALF_DIFFICULTY, P), reward("50.000001", "20", "100"));
    }

    @Test
    void case2UpToHalfDifficulty() {
        // A = 60 > D/2 = 50; W = 30: 100 * 30/60 = 50
        assertEquals(new Reward(RewardBranch.CASE2_UP_TO_HALF_DIFFICULTY, Money.of(50)), reward("30", "60", "100"));
    }

    @Test
    void case2AboveHalfDifficultyGetsP() {
        assertEquals(new Reward(RewardBranch.CASE2_ABOVE_HALF_DIFFICULTY, P), reward("51", "60", "100"));
    }

    @Test
    void roundingIsHalfEvenOnce() {
        // 0.5 * 1 * 1/3 = 0.1666666... -> 0.166667
        assertEquals(Money.of("0.166667"), RewardFormula.reward(Energy.ofKwh(1), Energy.ofKwh(3), Energy.ofKwh(10),
                Money.of(1)).amount());
        assertEquals(Money.ofMicros(2), RewardFormula.halve(Money.ofMicros(5))); // 2.5 -> 2 (even)
        assertEquals(Money.ofMicros(4), RewardFormula.halve(Money.ofMicros(7))); // 3.5 -> 4 (even)
    }

    @Test
    void zeroAverageAndZeroVolumeDoNotDivideByZero() {
        assertEquals(new Reward(RewardBranch.CASE1_UP_TO_AVERAGE, Money.ZERO), reward("0", "0", "100"));
    }

    @Test
    void difficultyIteration() {
        assertEquals(Energy.ofKwh(150), RewardFormula.nextDifficulty(Energy.ofKwh(100), 6, 4));
        assertEquals(Energy.ofKwh("33.333333"), RewardFormula.nextDifficulty(Energy.ofKwh(100), 1, 3));
        assertEquals(Energy.ofKwh(100), RewardFormula.nextDifficulty(Energy.ofKwh(100), 5, 0));
        assertThrows(InvalidArgumentException.class, () -> reward("-1", "20", "100"));
    }

    @Test
    void scheduleIteratesDifficultyThenHalvesAndRestartsOnRefresh() {
        TokenRewards t = new TokenRewards(P, Energy.ofKwh(100), Energy.ofKwh(20), Energy.ofKwh(200));
        ParticipantId a = ParticipantId.of("a");
        ParticipantId b = ParticipantId.of("b");
        ParticipantId c = ParticipantId.of("c");
        WeekRewards w1 = t.closeWeek(Map.of(a, Energy.ofKwh(10), b, Energy.ofKwh(30)));
        assertEquals(Money.of("25").plus(Money.of("56.25")), w1.total()); // 25 + 0.5*100*(1+10/80)
        assertFalse(w1.refreshed());
        assertEquals(Energy.ofKwh(100), w1.nextDifficulty(), "no week before week 1: carried over");
        WeekRewards w2 = t.closeWeek(Map.of(a, Energy.ofKwh(10), b, Energy.ofKwh(20), c, Energy.ofKwh(30)));
        assertEquals(Energy.ofKwh(20), w2.lastAverage());
        assertEquals(Energy.ofKwh(150), w2.nextDifficulty(), "D3 = D2 * nodes2 / nodes1 = 100 * 3 / 2");
        // week 3 reaches the limit: P halves, D restarts at this week's average
        WeekRewards w3 = t.closeWeek(Map.of(a, Energy.ofKwh(100), b, Energy.ofKwh(140)));
        assertEquals(Energy.ofKwh(150), w3.difficulty());
        assertTrue(w3.refreshed());
        assertEquals(Money.of(50), w3.nextThresholdReward());
        assertEquals(Energy.ofKwh(120), w3.nextDifficulty());
        WeekRewards w4 = t.closeWeek(Map.of(a, Energy.ofKwh(10)));
        assertEquals(Money.of(50), w4.thresholdReward());
        assertEquals(Energy.ofKwh(120), w4.difficulty());
        assertEquals(Energy.ofKwh(60), w4.nextDifficulty(), "then the D_N rule again: 120 * 1 / 2");
    }

    @Test
    void payoutIsMintedIntoTheRewardPoolAndMovedFromItAsOneBatch() {
        TokenRewards t = new TokenRewards(P, Energy.ofKwh(100), Energy.ofKwh(20), Energy.ofKwh(1000));
        WeekRewards w = t.closeWeek(Map.of(ParticipantId.of("a"), Energy.ofKwh(10), ParticipantId.of("b"),
                Energy.ofKwh(60)));
        Ledger ledger = Ledger.withStandardAccounts();
        TokenRewards.payOut(w, ledger);
        assertEquals(w.total(), ledger.minted());
        assertEquals(w.total(), ledger.total());
        assertEquals(Money.ZERO, ledger.balance(AccountId.REWARD_POOL));
        assertEquals(Money.of(25), ledger.balance(AccountId.of("a")));
        assertEquals(P, ledger.balance(AccountId.of("b")));
        assertTrue(ledger.entries().stream().anyMatch(e -> e instanceof LedgerEntry.Minted m
                && m.to().equals(AccountId.REWARD_POOL) && m.amount().equals(w.total())));
    }
}
