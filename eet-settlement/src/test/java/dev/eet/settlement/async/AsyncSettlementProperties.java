package dev.eet.settlement.async;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eet.api.model.ParticipantId;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import dev.eet.api.value.Price;
import dev.eet.settlement.ledger.CreditLimit;
import dev.eet.settlement.ledger.Ledger;
import dev.eet.settlement.ledger.LedgerEntry;
import dev.eet.settlement.reputation.BoundedReputationRule;
import dev.eet.settlement.reputation.ReputationLog;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of asynchronous settlement on random cycles. */
class AsyncSettlementProperties {

    /**
     * A random cycle: signed uploads per user and a random matrix over them.
     *
     * @param uploads signed micro-kWh by user index
     * @param matrix cells (seller, buyer, priority, price micros) over user indices
     * @param gridPriceMicros the grid price
     */
    record RandomCycle(Map<Integer, Long> uploads, List<long[]> matrix, long gridPriceMicros) {
        PriceMatrix priceMatrix() {
            PriceMatrix.Builder b = PriceMatrix.builder();
            Set<String> seen = new HashSet<>();
            for (long[] c : matrix) {
                if (c[0] != c[1] && seen.add(c[0] + "/" + c[1])) {
                    b.add(new MatrixEntry(user((int) c[0]), user((int) c[1]), (int) c[2], Price.ofMicros(c[3])));
                }
            }
            return b.build();
        }
    }

    static ParticipantId user(int i) {
        return ParticipantId.of("U" + i);
    }

    @Provide
    Arbitrary<RandomCycle> cycles() {
        Arbitrary<Map<Integer, Long>> uploads = Arbitraries.maps(Arbitraries.integers().between(0, 11),
                Arbitraries.longs().between(-20_000_000L, 20_000_000L)).ofMaxSize(12);
        Arbitrary<long[]> cell = Combinators.combine(Arbitraries.longs().between(0, 11),
                Arbitraries.longs().between(0, 11), Arbitraries.longs().between(1, 4),
                Arbitraries.longs().between(0, 1_000_000L)).as((s, b, p, pr) -> new long[] {s, b, p, pr});
        return Combinators.combine(uploads, cell.list().ofMaxSize(40), Arbitraries.longs().between(0, 1_000_000L))
                .as(RandomCycle::new);
    }

    /**
     * Every supplied and every consumed kWh appears in exactly one record, and money is conserved.
     *
     * @param c a random cycle
     */
    @Property(tries = 300)
    void energyAndMoneyAreConserved(@ForAll("cycles") RandomCycle c) {
        Ledger ledger = Ledger.withStandardAccounts();
        AsyncSettlement engine = new AsyncSettlement(ledger, new ReputationLog(BoundedReputationRule.reportCh4Reputation()),
                1, PenaltyPolicy.REPUTATION_ONLY, CreditLimit.UNLIMITED);
        Set<ParticipantId> users = new TreeSet<>();
        c.uploads().keySet().forEach(i -> users.add(user(i)));
        engine.open(1, users, c.priceMatrix(), Price.ofMicros(c.gridPriceMicros()));
        c.uploads().forEach((i, v) -> engine.upload(1, user(i), Energy.ofMicroKwh(v)));
        CycleOutcome.Settled s = (CycleOutcome.Settled) engine.endOfCycle(1).get(0);
        Map<ParticipantId, Long> sold = new HashMap<>();
        Map<ParticipantId, Long> bought = new HashMap<>();
        for (SettlementRecord r : s.records()) {
            sold.merge(r.seller(), r.quantity().microKwh(), Long::sum);
            bought.merge(r.buyer(), r.quantity().microKwh(), Long::sum);
            assertEquals(r.quantity().times(r.price()), r.amount());
        }
        long gridSold = 0;
        long gridBought = 0;
        for (var u : c.uploads().entrySet()) {
            long v = u.getValue();
            assertEquals(Math.max(v, 0), sold.getOrDefault(user(u.getKey()), 0L), "supply of " + user(u.getKey()));
            assertEquals(Math.max(-v, 0), bought.getOrDefault(user(u.getKey()), 0L), "consumption of " + user(u.getKey()));
        }
        gridSold = sold.getOrDefault(ParticipantId.GRID, 0L);
        gridBought = bought.getOrDefault(ParticipantId.GRID, 0L);
        long supplied = c.uploads().values().stream().mapToLong(v -> Math.max(v, 0)).sum();
        long consumed = c.uploads().values().stream().mapToLong(v -> Math.max(-v, 0)).sum();
        assertEquals(supplied + gridSold, consumed + gridBought, "energy in = energy out");
        assertEquals(Money.ZERO, ledger.total());
        assertEquals(ledger.balances(), Ledger.replay(ledger.entries()).balances());
    }

    /**
     * Settling the same cycle twice changes nothing, whatever arrives in between.
     *
     * @param c a random cycle
     */
    @Property(tries = 200)
    void settlingTwiceChangesNothing(@ForAll("cycles") RandomCycle c) {
        Ledger ledger = Ledger.withStandardAccounts();
        ReputationLog rep = new ReputationLog(BoundedReputationRule.reportCh3Credit());
        AsyncSettlement engine = new AsyncSettlement(ledger, rep, 0,
                new PenaltyPolicy(Money.of(1), true, AccountId.FEE_POOL), CreditLimit.UNLIMITED);
        Set<ParticipantId> expected = new TreeSet<>();
        for (int i = 0; i < 12; i++) {
            expected.add(user(i)); // users without an upload are missing: incomplete settlement
        }
        engine.open(1, expected, c.priceMatrix(), Price.ofMicros(c.gridPriceMicros()));
        c.uploads().forEach((i, v) -> engine.upload(1, user(i), Energy.ofMicroKwh(v)));
        CycleOutcome first = engine.settle(1, 1);
        List<LedgerEntry> entries = ledger.entries();
        var records = rep.records();
        for (int i = 0; i < 12; i++) {
            engine.upload(1, user(i), Energy.ofKwh(1));
        }
        assertEquals(first, engine.settle(1, 2));
        assertEquals(List.of(), engine.endOfCycle(3));
        assertEquals(entries, ledger.entries());
        assertEquals(records, rep.records());
        assertEquals(ledger.minted(), ledger.total());
    }
}
