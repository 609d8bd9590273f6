package dev.eet.consensus.dag;

import dev.eet.api.model.ParticipantId;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import dev.eet.settlement.ledger.Ledger;
import dev.eet.settlement.reward.TokenRewards;
import dev.eet.settlement.reward.WeekRewards;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The delegates of a running DAG are paid by eet-settlement's token reward with halving ({@link TokenRewards},
 * a test-scope dependency), wired into {@link RewardSchedule}.
 */
class DagRewardsTest {
    @Test
    void delegatesArePaidForConfirmationWorkAndTheRewardHalves() {
        DagCluster c = DagCluster.create(21, 5);
        c.start();
        for (int i = 0; i < 40; i++) {
            c.submit(c.nodes().get(i % 5), dev.eet.consensus.ledger.Transactions.sign(c.client(), "t",
                    dev.eet.api.value.Bytes.of(new byte[] {(byte) i}), i, c.network().clock().millis()));
            c.network().runFor(Duration.ofMillis(10));
        }
        c.network().runFor(Duration.ofSeconds(1));
        DagLedger l = c.ledger(c.nodes().get(0));
        assertEquals(40, l.confirmedTransactions().size());
        // limit 100 kWh: every delegate confirms (about) 40 vertices, 5 * 40 >= 100, so week 1 refreshes
        TokenRewards schedule = new TokenRewards(Money.of(10), Energy.ofKwh(100), Energy.ofKwh(20),
                Energy.ofKwh(100));
        WeekRewards[] closed = new WeekRewards[1];
        DelegateRewards rewards = new DelegateRewards(volumes -> {
            closed[0] = schedule.closeWeek(volumes);
            SortedMap<ParticipantId, Money> out = new TreeMap<>();
            closed[0].rewards().forEach((p, r) -> out.put(p, r.amount()));
            return out;
        });
        Map<ParticipantId, Energy> w = rewards.volumes(l);
        assertEquals(5, w.size());
        w.values().forEach(e -> assertTrue(e.compareTo(Energy.ofKwh(30)) >= 0, e.toString()));
        SortedMap<ParticipantId, Money> paid = rewards.closeEpoch(l);
        assertEquals(5, paid.size());
        WeekRewards week1 = closed[0];
        assertTrue(week1.refreshed());
        assertEquals(Money.of(5), week1.nextThresholdReward(), "halving: P 10 -> 5");
        assertEquals(Money.of(5), schedule.thresholdReward());
        Ledger ledger = Ledger.withStandardAccounts();
        TokenRewards.payOut(week1, ledger);
        assertEquals(week1.total(), ledger.minted());
        assertEquals(Money.ZERO, ledger.balance(AccountId.REWARD_POOL));
        for (Map.Entry<ParticipantId, Money> e : paid.entrySet()) {
            assertEquals(e.getValue(), ledger.balance(AccountId.of(e.getKey())), e.getKey().toString());
        }
        assertTrue(rewards.volumes(l).values().stream().allMatch(Energy::isZero), "an epoch counts each vertex once");
    }
}
