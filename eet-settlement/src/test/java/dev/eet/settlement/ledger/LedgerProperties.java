package dev.eet.settlement.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eet.api.settlement.AccountId;
import dev.eet.api.settlement.AccountKind;
import dev.eet.api.settlement.Transfer;
import dev.eet.api.value.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the ledger over arbitrary sequences of operations, including refused ones. */
class LedgerProperties {
    private static final List<AccountId> IDS = List.of(AccountId.of("A"), AccountId.of("B"), AccountId.of("C"),
            AccountId.of("D"), AccountId.GRID, AccountId.FEE_POOL, AccountId.REWARD_POOL, AccountId.of("NOPE"));

    /** One random operation. */
    record Op(int kind, int from, int to, long micros, int batchSize) {
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> op = Combinators.combine(Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, IDS.size() - 1), Arbitraries.integers().between(0, IDS.size() - 1),
                Arbitraries.longs().between(1, 50_000_000L), Arbitraries.integers().between(1, 4)).as(Op::new);
        return op.list().ofMaxSize(60);
    }

    private static Ledger fresh() {
        Ledger l = Ledger.withStandardAccounts();
        l.open(AccountId.of("A"), AccountKind.EXTERNALLY_OWNED, CreditLimit.NONE);
        l.open(AccountId.of("B"), AccountKind.EXTERNALLY_OWNED, CreditLimit.upTo(Money.of(20)));
        l.open(AccountId.of("C"), AccountKind.EXTERNALLY_OWNED, CreditLimit.NONE);
        l.open(AccountId.of("D"), AccountKind.CONTRACT, CreditLimit.NONE);
        return l;
    }

    private static void apply(Ledger l, Op op) {
        AccountId from = IDS.get(op.from());
        AccountId to = IDS.get(op.to());
        Money amount = Money.ofMicros(op.micros());
        switch (op.kind()) {
            case 0 -> l.post(new Transfer(from, to, amount, "p"));
            case 1 -> l.submit(new Transfer(from, to, amount, "s"));
            case 2 -> {
                List<Transfer> batch = new ArrayList<>();
                for (int i = 0; i < op.batchSize(); i++) {
                    AccountId f = IDS.get((op.from() + i) % IDS.size());
                    AccountId t = IDS.get((op.to() + 2 * i) % IDS.size());
                    batch.add(new Transfer(f, t, Money.ofMicros(op.micros() / (i + 1) + 1), "b" + i));
                }
                l.post(batch);
            }
            case 3 -> l.commit(List.of(Posting.mint(to, amount, "m"), Posting.of(new Transfer(to, from, amount, "m"))));
            case 4 -> l.freeze(from, "f");
            default -> l.unfreeze(from);
        }
    }

    /**
     * Money is conserved (sum of all accounts = recorded mints), refused operations change nothing, and replaying
     * the log reproduces every balance, after every step of any sequence.
     *
     * @param ops random operations (many are refused: unknown accounts, overdrafts, self-transfers...)
     */
    @Property(tries = 300)
    void moneyConservedRefusalsChangeNothingAndReplayReproduces(@ForAll("operations") List<Op> ops) {
        Ledger l = fresh();
        Money mintedByRecord = Money.ZERO;
        for (Op op : ops) {
            SortedMap<AccountId, Money> before = l.balances();
            List<LedgerEntry> entries = l.entries();
            try {
                apply(l, op);
            } catch (RuntimeException refused) {
                assertEquals(before, l.balances(), "refused " + op + " changed balances: " + refused);
                assertEquals(entries, l.entries(), "refused " + op + " changed the log: " + refused);
            }
            Money recorded = Money.ZERO;
            for (LedgerEntry e : l.entries()) {
                if (e instanceof LedgerEntry.Minted m) {
                    recorded = recorded.plus(m.amount());
                }
            }
            mintedByRecord = recorded;
            assertEquals(mintedByRecord, l.total(), "sum of balances differs from recorded minting");
            for (var b : l.balances().entrySet()) {
                CreditLimit limit = l.account(b.getKey()).creditLimit();
                assertEquals(true, limit.allows(b.getValue()), b.getKey() + " broke its credit limit: " + b.getValue());
            }
        }
        Ledger copy = Ledger.replay(l.entries());
        assertEquals(l.balances(), copy.balances());
        assertEquals(l.entries(), copy.entries());
    }
}
