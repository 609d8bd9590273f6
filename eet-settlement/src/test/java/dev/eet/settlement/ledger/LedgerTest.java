package dev.eet.settlement.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.settlement.AccountId;
import dev.eet.api.settlement.AccountKind;
import dev.eet.api.settlement.Transfer;
import dev.eet.api.value.Money;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LedgerTest {
    private static final AccountId A = AccountId.of("A");
    private static final AccountId B = AccountId.of("B");
    private static final AccountId C = AccountId.of("C");
    private Ledger ledger;

    @BeforeEach
    void setUp() {
        ledger = Ledger.withStandardAccounts();
        ledger.open(A, AccountKind.EXTERNALLY_OWNED, CreditLimit.NONE);
        ledger.open(B, AccountKind.EXTERNALLY_OWNED, CreditLimit.NONE);
        ledger.open(C, AccountKind.EXTERNALLY_OWNED, CreditLimit.upTo(Money.of(5)));
        // fund A with 10 through the only legal source of new money: a recorded mint into a contract account
        ledger.commit(List.of(Posting.mint(AccountId.REWARD_POOL, Money.of(10), "seed"),
                Posting.of(new Transfer(AccountId.REWARD_POOL, A, Money.of(10), "seed"))));
    }

    private static Transfer t(AccountId from, AccountId to, String amount) {
        return new Transfer(from, to, Money.of(amount), "test");
    }

    @Test
    void transferMovesMoneyBetweenTwoAccountsOnly() {
        ledger.post(t(A, B, "3.25"));
        assertEquals(Money.of("6.75"), ledger.balance(A));
        assertEquals(Money.of("3.25"), ledger.balance(B));
        assertEquals(ledger.minted(), ledger.total());
    }

    @Test
    void overdraftIsRefusedWithNamedErrorAndUnchangedLedger() {
        List<LedgerEntry> before = ledger.entries();
        var balances = ledger.balances();
        InsufficientFundsException e = assertThrows(InsufficientFundsException.class,
                () -> ledger.post(t(A, B, "10.000001")));
        assertEquals(A, e.account());
        assertEquals(Money.of(10), e.balance());
        assertTrue(e.getMessage().startsWith("account A: balance:"), e.getMessage());
        assertEquals(before, ledger.entries());
        assertEquals(balances, ledger.balances());
    }

    @Test
    void creditLimitAllowsDownToTheLimitAndNoFurther() {
        ledger.post(t(C, B, "5"));
        assertEquals(Money.of(-5), ledger.balance(C));
        assertThrows(InsufficientFundsException.class, () -> ledger.post(t(C, B, "0.000001")));
        assertEquals(Money.of(-5), ledger.balance(C));
    }

    @Test
    void batchIsAllOrNothing() {
        List<LedgerEntry> before = ledger.entries();
        var balances = ledger.balances();
        // the first two would succeed alone; the third overdraws B
        assertThrows(InsufficientFundsException.class, () -> ledger.post(List.of(t(A, B, "4"), t(B, C, "4"),
                t(B, C, "0.5"))));
        assertEquals(before, ledger.entries());
        assertEquals(balances, ledger.balances());
        // a batch may spend what it received earlier in the same batch
        ledger.post(List.of(t(A, B, "4"), t(B, C, "4")));
        assertEquals(Money.of(4), ledger.balance(C));
    }

    @Test
    void unknownAccountIsRefusedAndNothingChanges() {
        int size = ledger.size();
        UnknownAccountException e = assertThrows(UnknownAccountException.class,
                () -> ledger.post(List.of(t(A, B, "1"), t(A, AccountId.of("X"), "1"))));
        assertEquals(AccountId.of("X"), e.account());
        assertEquals(size, ledger.size());
        assertEquals(Money.of(10), ledger.balance(A));
    }

    @Test
    void duplicateAccountIsRefused() {
        assertThrows(DuplicateAccountException.class,
                () -> ledger.open(A, AccountKind.EXTERNALLY_OWNED, CreditLimit.NONE));
    }

    @Test
    void contractAccountsNeverStartTransactionsAndOnlyTheyReceiveMints() {
        assertThrows(ContractAccountException.class, () -> ledger.submit(t(AccountId.GRID, A, "1")));
        assertThrows(ContractAccountException.class, () -> ledger.commit(List.of(Posting.mint(A, Money.of(1), "x"))));
        ledger.submit(t(A, B, "1"));
        assertEquals(Money.of(1), ledger.balance(B));
    }

    @Test
    void frozenAccountCannotStartTransactionsButSettlementStillMovesIt() {
        ledger.freeze(A, "test");
        assertThrows(AccountFrozenException.class, () -> ledger.submit(t(A, B, "1")));
        ledger.post(t(A, B, "1"));
        assertEquals(Money.of(9), ledger.balance(A));
        ledger.unfreeze(A);
        ledger.submit(t(A, B, "1"));
        assertEquals(Money.of(8), ledger.balance(A));
    }

    @Test
    void gridHasUnlimitedCreditAndTotalStaysEqualToMinted() {
        ledger.post(t(AccountId.GRID, B, "1000"));
        assertEquals(Money.of(-1000), ledger.balance(AccountId.GRID));
        assertEquals(Money.of(10), ledger.total());
        assertEquals(Money.of(10), ledger.minted());
    }

    @Test
    void replayReproducesEverything() {
        ledger.post(List.of(t(A, B, "2"), t(B, C, "1")));
        ledger.freeze(C, "x");
        ledger.post(t(C, A, "4.5"));
        Ledger copy = Ledger.replay(ledger.entries());
        assertEquals(ledger.balances(), copy.balances());
        assertEquals(ledger.entries(), copy.entries());
        assertEquals(ledger.minted(), copy.minted());
        assertTrue(copy.isFrozen(C));
    }

    @Test
    void replayRejectsATamperedLog() {
        List<LedgerEntry> log = new java.util.ArrayList<>(ledger.entries());
        log.add(new LedgerEntry.Posted(log.size() + 1L, 99, t(B, A, "1")));   // B has nothing
        assertThrows(InsufficientFundsException.class, () -> Ledger.replay(log));
        List<LedgerEntry> gap = new java.util.ArrayList<>(ledger.entries());
        gap.remove(1);
        assertThrows(LedgerException.class, () -> Ledger.replay(gap));
    }
}
