package dev.eet.settlement.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.model.ParticipantId;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import dev.eet.api.value.Price;
import dev.eet.settlement.ledger.CreditLimit;
import dev.eet.settlement.ledger.Ledger;
import dev.eet.settlement.reputation.BoundedReputationRule;
import dev.eet.settlement.reputation.ReputationLog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Many random multi-cycle histories (uploads on time, late within tolerance, too late, never), one per seed:
 * {@code eet.seeds} seeds (200 by default, 10000 under {@code -Plong}).
 */
class AsyncSettlementSeedsTest {
    private static final int USERS = 6;

    /** An upload that arrives at the end of cycle {@code arrival} or just before. */
    private record Pending(long arrival, long cycle, ParticipantId user, Energy energy) {
    }

    @Test
    void randomHistoriesSettleEveryCycleExactlyOnceAndConserveEnergyAndMoney() {
        int seeds = Integer.getInteger("eet.seeds", 200);
        for (int seed = 0; seed < seeds; seed++) {
            runOne(seed);
        }
    }

    private static ParticipantId user(int i) {
        return ParticipantId.of("U" + i);
    }

    private static void runOne(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int tolerance = rnd.nextInt(3);
        Ledger ledger = Ledger.withStandardAccounts();
        ReputationLog rep = new ReputationLog(BoundedReputationRule.reportCh4Reputation());
        AsyncSettlement engine = new AsyncSettlement(ledger, rep, tolerance,
                new PenaltyPolicy(Money.ofMicros(rnd.nextLong(0, 3_000_000)), rnd.nextBoolean(), AccountId.FEE_POOL),
                CreditLimit.UNLIMITED);
        int cycles = 1 + rnd.nextInt(6);
        Map<Long, SortedSet<ParticipantId>> expected = new HashMap<>();
        Map<Long, Map<ParticipantId, Energy>> accepted = new HashMap<>();
        List<Pending> pending = new ArrayList<>();
        Map<Long, CycleOutcome> finals = new TreeMap<>();
        int late = 0;
        long last = cycles + tolerance + 1;
        for (long now = 1; now <= last; now++) {
            if (now <= cycles) {
                PriceMatrix.Builder pm = PriceMatrix.builder();
                for (int s = 0; s < USERS; s++) {
                    for (int b = 0; b < USERS; b++) {
                        if (s != b && rnd.nextInt(3) == 0) {
                            pm.add(new MatrixEntry(user(s), user(b), 1 + rnd.nextInt(3),
                                    Price.ofMicros(rnd.nextLong(0, 900_000))));
                        }
                    }
                }
                SortedSet<ParticipantId> exp = new TreeSet<>();
                for (int i = 0; i < USERS; i++) {
                    if (rnd.nextInt(4) != 0) {
                        exp.add(user(i));
                    }
                }
                expected.put(now, exp);
                accepted.put(now, new TreeMap<>());
                engine.open(now, exp, pm.build(), Price.ofMicros(rnd.nextLong(100_000, 900_000)));
                for (ParticipantId u : exp) {
                    int when = rnd.nextInt(6); // 0-2 on time, 3-4 late by 1..2 cycles, 5 never
                    if (when < 5) {
                        long arrival = when < 3 ? now : now + when - 2;
                        pending.add(new Pending(arrival, now, u, Energy.ofMicroKwh(rnd.nextLong(-9_000_000, 9_000_000))));
                    }
                }
            }
            for (Pending p : List.copyOf(pending)) {
                if (p.arrival() == now) {
                    pending.remove(p);
                    UploadReceipt r = engine.upload(p.cycle(), p.user(), p.energy());
                    if (r instanceof UploadReceipt.Accepted a) {
                        accepted.get(p.cycle()).put(a.user(), a.energy());
                    } else {
                        late++;
                        assertTrue(p.arrival() > p.cycle() + tolerance, "recorded late within tolerance: " + p);
                    }
                }
            }
            for (CycleOutcome o : engine.endOfCycle(now)) {
                if (!(o instanceof CycleOutcome.Deferred d)) {
                    assertTrue(finals.put(o.cycle(), o) == null, "cycle settled twice: " + o);
                } else {
                    assertTrue(now < d.cycle() + tolerance);
                }
            }
        }
        assertEquals(late, engine.lateUploads().size());
        assertEquals(cycles, finals.size(), "seed " + seed + ": every cycle settles");
        for (CycleOutcome o : finals.values()) {
            Map<ParticipantId, Energy> in = accepted.get(o.cycle());
            SortedSet<ParticipantId> missing = new TreeSet<>(expected.get(o.cycle()));
            missing.removeAll(in.keySet());
            List<SettlementRecord> records;
            if (o instanceof CycleOutcome.Settled s) {
                assertTrue(missing.isEmpty(), "seed " + seed + ": settled normally with " + missing + " missing");
                records = s.records();
            } else {
                CycleOutcome.SettledIncompletely s = (CycleOutcome.SettledIncompletely) o;
                assertEquals(missing, s.missing(), "seed " + seed + ": penalised users");
                assertEquals(o.cycle() + tolerance, s.settledAt());
                records = s.records();
            }
            Map<ParticipantId, Long> sold = new HashMap<>();
            Map<ParticipantId, Long> bought = new HashMap<>();
            for (SettlementRecord r : records) {
                sold.merge(r.seller(), r.quantity().microKwh(), Long::sum);
                bought.merge(r.buyer(), r.quantity().microKwh(), Long::sum);
            }
            for (var e : in.entrySet()) {
                long v = e.getValue().microKwh();
                assertEquals(Math.max(v, 0), sold.getOrDefault(e.getKey(), 0L), "seed " + seed + " supply");
                assertEquals(Math.max(-v, 0), bought.getOrDefault(e.getKey(), 0L), "seed " + seed + " consumption");
            }
        }
        assertEquals(Money.ZERO, ledger.total());
        assertEquals(ledger.balances(), Ledger.replay(ledger.entries()).balances());
        assertEquals(rep.scores(), ReputationLog.replay(rep.rule(), rep.records()).scores());
    }
}
