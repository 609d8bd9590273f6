package dev.eet.settlement.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.settlement.ReputationEvent;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import dev.eet.api.value.Price;
import dev.eet.settlement.ledger.CreditLimit;
import dev.eet.settlement.ledger.Ledger;
import dev.eet.settlement.ledger.LedgerEntry;
import dev.eet.settlement.reputation.BoundedReputationRule;
import dev.eet.settlement.reputation.ReputationLog;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AsyncSettlementTest {
    static final ParticipantId A = ParticipantId.of("A");
    static final ParticipantId B = ParticipantId.of("B");
    static final ParticipantId C = ParticipantId.of("C");
    static final PriceMatrix PM = PriceMatrix.builder().add("A", "B", 1, "0.40").add("A", "C", 2, "0.42").build();
    static final Price GRID_PRICE = Price.perKwh("0.60");

    Ledger ledger;
    ReputationLog reputation;
    AsyncSettlement engine;

    @BeforeEach
    void setUp() {
        ledger = Ledger.withStandardAccounts();
        reputation = new ReputationLog(BoundedReputationRule.reportCh4Reputation());
        engine = new AsyncSettlement(ledger, reputation, 2, new PenaltyPolicy(Money.of(5), true, AccountId.FEE_POOL),
                CreditLimit.UNLIMITED);
    }

    private void uploadWorkedExample(long cycle, boolean withC) {
        engine.upload(cycle, A, Energy.ofKwh(10));
        engine.upload(cycle, B, Energy.ofKwh(-7));
        if (withC) {
            engine.upload(cycle, C, Energy.ofKwh(-5));
        }
    }

    @Test
    void normalCycleSettlesAtItsEnd() {
        engine.open(1, Set.of(A, B, C), PM, GRID_PRICE);
        uploadWorkedExample(1, true);
        List<CycleOutcome> out = engine.endOfCycle(1);
        CycleOutcome.Settled s = assertInstanceOf(CycleOutcome.Settled.class, out.get(0));
        assertEquals(3, s.records().size());
        assertEquals(Money.of("4.06"), ledger.balance(AccountId.of("A")));
        assertEquals(Money.of("-2.8"), ledger.balance(AccountId.of("B")));
        assertEquals(Money.of("-2.46"), ledger.balance(AccountId.of("C")));
        assertEquals(Money.of("1.2"), ledger.balance(AccountId.GRID));
        assertEquals(Money.ZERO, ledger.total());
        assertEquals(62, reputation.score(A)); // two completed peer trades: 60 + 2
        assertEquals(61, reputation.score(C));
    }

    @Test
    void abnormalCycleSettledLateWithinTolerance() {
        engine.open(1, Set.of(A, B, C), PM, GRID_PRICE);
        uploadWorkedExample(1, false);
        CycleOutcome.Deferred d = assertInstanceOf(CycleOutcome.Deferred.class, engine.endOfCycle(1).get(0));
        assertEquals(Set.of(C), d.missing());
        assertEquals(3, d.deadline());
        assertEquals(Money.ZERO, ledger.balance(AccountId.GRID), "nothing moves while deferred");
        engine.open(2, Set.of(), PriceMatrix.empty(), GRID_PRICE);
        assertInstanceOf(CycleOutcome.Deferred.class, engine.endOfCycle(2).get(0));
        // C's data arrive during cycle 3, before the tolerance runs out at the end of cycle 3
        assertInstanceOf(UploadReceipt.Accepted.class, engine.upload(1, C, Energy.ofKwh(-5)));
        CycleOutcome.Settled s = assertInstanceOf(CycleOutcome.Settled.class, engine.endOfCycle(3).get(0));
        assertEquals(1, s.cycle());
        assertEquals(3, s.settledAt());
        assertEquals(List.of(PriorityMatrixSettlementTest.rec(A, B, "7", "0.40"),
                PriorityMatrixSettlementTest.rec(A, C, "3", "0.42"),
                PriorityMatrixSettlementTest.rec(ParticipantId.GRID, C, "2", "0.60")), s.records());
        assertFalse(ledger.isFrozen(AccountId.of("C")), "no penalty within tolerance");
        assertEquals(61, reputation.score(C));
    }

    @Test
    void cycleSettledIncompletelyAtCycleNWithPenalties() {
        engine.open(1, Set.of(A, B, C), PM, GRID_PRICE);
        uploadWorkedExample(1, false);
        assertInstanceOf(CycleOutcome.Deferred.class, engine.endOfCycle(1).get(0));
        assertInstanceOf(CycleOutcome.Deferred.class, engine.settle(1, 2));
        CycleOutcome.SettledIncompletely s = assertInstanceOf(CycleOutcome.SettledIncompletely.class,
                engine.settle(1, 3));
        // the grid takes every remaining position: A's 3 kWh that C would have bought
        assertEquals(List.of(PriorityMatrixSettlementTest.rec(A, B, "7", "0.40"),
                PriorityMatrixSettlementTest.rec(A, ParticipantId.GRID, "3", "0.60")), s.records());
        assertEquals(List.of(new Penalty(C, Money.of(5), Money.ZERO, true)), s.penalties());
        assertEquals(Money.of(5), ledger.balance(AccountId.FEE_POOL));
        assertEquals(Money.of(-5), ledger.balance(AccountId.of("C")));
        assertTrue(ledger.isFrozen(AccountId.of("C")));
        assertEquals(50, reputation.score(C), "reputation -10 from 60");
        assertEquals(List.of(ReputationEvent.PENALTY), reputation.history(C));
        assertEquals(Money.ZERO, ledger.total());
    }

    @Test
    void fineIsCappedByTheCreditLimitAndTheRestRecordedUnpaid() {
        Ledger l = Ledger.withStandardAccounts();
        AsyncSettlement e = new AsyncSettlement(l, new ReputationLog(BoundedReputationRule.reportCh3Credit()), 0,
                new PenaltyPolicy(Money.of(5), false, AccountId.FEE_POOL), CreditLimit.upTo(Money.of(2)));
        e.open(1, Set.of(C), PM, GRID_PRICE);
        CycleOutcome.SettledIncompletely s = assertInstanceOf(CycleOutcome.SettledIncompletely.class,
                e.endOfCycle(1).get(0));
        assertEquals(List.of(new Penalty(C, Money.of(2), Money.of(3), false)), s.penalties());
        assertEquals(Money.of(-2), l.balance(AccountId.of("C")));
    }

    @Test
    void lateDataAfterIncompleteSettlementAreRecordedButNeverSettleTwice() {
        engine.open(1, Set.of(A, B, C), PM, GRID_PRICE);
        uploadWorkedExample(1, false);
        engine.settle(1, 3);
        List<LedgerEntry> entries = ledger.entries();
        UploadReceipt.RecordedLate late = assertInstanceOf(UploadReceipt.RecordedLate.class,
                engine.upload(1, C, Energy.ofKwh(-5)));
        assertEquals(3, late.settledAt());
        assertEquals(List.of(late), engine.lateUploads());
        assertTrue(engine.endOfCycle(4).isEmpty());
        assertInstanceOf(CycleOutcome.SettledIncompletely.class, engine.settle(1, 5));
        assertEquals(entries, ledger.entries(), "late data moved money");
    }

    @Test
    void settlingTheSameCycleTwiceChangesNothing() {
        engine.open(1, Set.of(A, B, C), PM, GRID_PRICE);
        uploadWorkedExample(1, true);
        CycleOutcome first = engine.settle(1, 1);
        List<LedgerEntry> entries = ledger.entries();
        var records = reputation.records();
        assertEquals(first, engine.settle(1, 1));
        assertEquals(first, engine.settle(1, 7));
        assertTrue(engine.endOfCycle(9).isEmpty());
        assertEquals(entries, ledger.entries());
        assertEquals(records, reputation.records());
    }

    @Test
    void frozenUserNoLongerTradesPeerToPeerButPaysTheGrid() {
        engine.open(1, Set.of(A, B, C), PM, GRID_PRICE);
        uploadWorkedExample(1, false);
        engine.settle(1, 3); // C frozen
        engine.open(4, Set.of(A, C), PM, GRID_PRICE);
        engine.upload(4, A, Energy.ofKwh(2));
        engine.upload(4, C, Energy.ofKwh(-2));
        CycleOutcome.Settled s = assertInstanceOf(CycleOutcome.Settled.class, engine.endOfCycle(4).get(0));
        assertEquals(List.of(PriorityMatrixSettlementTest.rec(A, ParticipantId.GRID, "2", "0.60"),
                PriorityMatrixSettlementTest.rec(ParticipantId.GRID, C, "2", "0.60")), s.records());
    }

    @Test
    void badUploadsAreRefusedWithoutChangingTheCycle() {
        engine.open(1, Set.of(A, B), PM, GRID_PRICE);
        engine.upload(1, A, Energy.ofKwh(1));
        InvalidArgumentException dup = assertThrows(InvalidArgumentException.class,
                () -> engine.upload(1, A, Energy.ofKwh(2)));
        assertEquals("user", dup.field());
        assertThrows(InvalidArgumentException.class, () -> engine.upload(9, A, Energy.ofKwh(1)));
        assertThrows(InvalidArgumentException.class, () -> engine.upload(1, ParticipantId.GRID, Energy.ofKwh(1)));
        assertThrows(InvalidArgumentException.class, () -> engine.open(1, Set.of(), PM, GRID_PRICE));
        engine.upload(1, B, Energy.ofKwh(-1));
        CycleOutcome.Settled s = assertInstanceOf(CycleOutcome.Settled.class, engine.endOfCycle(1).get(0));
        assertEquals(List.of(PriorityMatrixSettlementTest.rec(A, B, "1", "0.40")), s.records());
    }

    @Test
    void refusedSettlementLeavesTheCycleOpenAndTheLedgerUnchanged() {
        Ledger l = Ledger.withStandardAccounts();
        AsyncSettlement e = new AsyncSettlement(l, new ReputationLog(BoundedReputationRule.reportCh4Reputation()), 0,
                PenaltyPolicy.REPUTATION_ONLY, CreditLimit.NONE);
        e.open(1, Set.of(A, B), PM, GRID_PRICE);
        e.upload(1, A, Energy.ofKwh(1));
        e.upload(1, B, Energy.ofKwh(-1));
        assertThrows(dev.eet.settlement.ledger.InsufficientFundsException.class, () -> e.endOfCycle(1));
        assertTrue(e.outcome(1).isEmpty());
        assertEquals(Money.ZERO, l.balance(AccountId.of("A")));
    }

    @Test
    void engineIsConfigurableByNameAndRejectsUnknownKeys() {
        Ledger l = Ledger.withStandardAccounts();
        AsyncSettlement e = AsyncSettlement.fromConfig(l, new ReputationLog(BoundedReputationRule.reportCh4Reputation()),
                dev.eet.api.spi.Config.builder("x").put("tolerance", 0).put("fine", "1.5").put("freeze", true)
                        .put("creditLimit", "3").build());
        assertEquals(0, e.tolerance());
        e.open(1, Set.of(C), PM, GRID_PRICE);
        CycleOutcome.SettledIncompletely s = assertInstanceOf(CycleOutcome.SettledIncompletely.class,
                e.endOfCycle(1).get(0));
        assertEquals(List.of(new Penalty(C, Money.of("1.5"), Money.ZERO, true)), s.penalties());
        InvalidArgumentException bad = assertThrows(InvalidArgumentException.class, () -> AsyncSettlement.fromConfig(l,
                new ReputationLog(BoundedReputationRule.reportCh4Reputation()),
                dev.eet.api.spi.Config.builder("x").put("tolerence", 1).build()));
        assertEquals("tolerence", bad.field());
    }
}
