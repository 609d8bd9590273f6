package dev.eet.settlement.ledger;

import dev.eet.api.settlement.AccountId;
import dev.eet.api.settlement.AccountKind;
import dev.eet.api.settlement.Transfer;
import dev.eet.api.value.Money;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A double-entry ledger (settlement.md section 6). Every movement debits one account and credits another, so the
 * sum of all balances equals the money {@linkplain #minted() minted} so far: it changes only through an explicit
 * {@link Posting.Mint}. Every change is appended to an entry log; {@link #replay(List)} rebuilds an identical
 * ledger from it.
 *
 * <p>Operations are all-or-nothing: a batch is checked as a whole (unknown accounts, credit limits, overflow)
 * before anything changes, and a refused batch leaves the ledger, including its log, exactly as it was.
 *
 * <p>Two ways to move money, after the Ethereum account model: {@link #submit(Transfer)} is a transaction an
 * account's owner starts (only from an externally owned, unfrozen account); {@link #post(List)} and
 * {@link #commit(List)} are movements made by settlement rules, which may debit any account (a frozen account
 * still pays for energy it consumed and the fines it owes). Thread-safe (every method is synchronized).
 *
 * <pre>{@code
 * Ledger ledger = Ledger.withStandardAccounts();
 * ledger.open(AccountId.of("A"), AccountKind.EXTERNALLY_OWNED, CreditLimit.NONE);
 * ledger.commit(List.of(Posting.mint(AccountId.REWARD_POOL, Money.of(5), "reward"),
 *         Posting.of(new Transfer(AccountId.REWARD_POOL, AccountId.of("A"), Money.of(5), "reward"))));
 * }</pre>
 */
public final class Ledger {
    private final SortedMap<AccountId, Account> accounts = new TreeMap<>();
    private final Map<AccountId, Long> balances = new HashMap<>();
    private final Set<AccountId> frozen = new TreeSet<>();
    private final List<LedgerEntry> entries = new ArrayList<>();
    private long minted;
    private long batches;

    /** An empty ledger with no accounts. */
    public Ledger() {
    }

    /**
     * @return a ledger with the contract accounts {@link AccountId#GRID} (unlimited credit: the grid is settled
     *         outside), {@link AccountId#FEE_POOL} and {@link AccountId#REWARD_POOL} (no credit)
     */
    public static Ledger withStandardAccounts() {
        Ledger l = new Ledger();
        l.open(AccountId.GRID, AccountKind.CONTRACT, CreditLimit.UNLIMITED);
        l.open(AccountId.FEE_POOL, AccountKind.CONTRACT, CreditLimit.NONE);
        l.open(AccountId.REWARD_POOL, AccountKind.CONTRACT, CreditLimit.NONE);
        return l;
    }

    /**
     * Opens an account with a zero balance.
     *
     * @param id the new id
     * @param kind its kind
     * @param creditLimit how far below zero it may go
     * @return the account
     * @throws DuplicateAccountException if the id is taken
     */
    public synchronized Account open(AccountId id, AccountKind kind, CreditLimit creditLimit) {
        Account a = new Account(id, kind, creditLimit);
        if (accounts.containsKey(id)) {
            throw new DuplicateAccountException(id);
        }
        accounts.put(id, a);
        balances.put(id, 0L);
        entries.add(new LedgerEntry.Opened(entries.size() + 1L, a));
        return a;
    }

    /**
     * Opens an externally owned account with the given limit unless the id is already open.
     *
     * @param id the id
     * @param creditLimit its credit limit if opened now
     * @return the (existing or new) account
     */
    public synchronized Account openIfAbsent(AccountId id, CreditLimit creditLimit) {
        Account a = accounts.get(id);
        return a != null ? a : open(id, AccountKind.EXTERNALLY_OWNED, creditLimit);
    }

    /**
     * @param id an account id
     * @return whether it is open
     */
    public synchronized boolean has(AccountId id) {
        return accounts.containsKey(id);
    }

    /**
     * @param id an account id
     * @return the account
     * @throws UnknownAccountException if it was never opened
     */
    public synchronized Account account(AccountId id) {
        Account a = accounts.get(id);
        if (a == null) {
            throw new UnknownAccountException(id);
        }
        return a;
    }

    /**
     * @param id an account id
     * @return its balance
     * @throws UnknownAccountException if it was never opened
     */
    public synchronized Money balance(AccountId id) {
        account(id);
        return Money.ofMicros(balances.get(id));
    }

    /** @return every balance, by account id */
    public synchronized SortedMap<AccountId, Money> balances() {
        SortedMap<AccountId, Money> out = new TreeMap<>();
        for (AccountId id : accounts.keySet()) {
            out.put(id, Money.ofMicros(balances.get(id)));
        }
        return Collections.unmodifiableSortedMap(out);
    }

    /** @return the sum of all balances; always equal to {@link #minted()} */
    public synchronized Money total() {
        long sum = 0;
        for (long b : balances.values()) {
            sum = Math.addExact(sum, b);
        }
        return Money.ofMicros(sum);
    }

    /** @return all money ever minted into this ledger */
    public synchronized Money minted() {
        return Money.ofMicros(minted);
    }

    /**
     * @param id an account id
     * @return whether the account is frozen
     */
    public synchronized boolean isFrozen(AccountId id) {
        account(id);
        return frozen.contains(id);
    }

    /** @return the append-only entry log, oldest first (a copy) */
    public synchronized List<LedgerEntry> entries() {
        return List.copyOf(entries);
    }

    /** @return the number of entries in the log */
    public synchronized int size() {
        return entries.size();
    }

    /**
     * Freezes an account: its owner can no longer {@linkplain #submit(Transfer) start transactions}. Settlement
     * movements still reach it. Freezing a frozen account changes nothing.
     *
     * @param id the account
     * @param reason why
     */
    public synchronized void freeze(AccountId id, String reason) {
        account(id);
        if (frozen.add(id)) {
            entries.add(new LedgerEntry.Frozen(entries.size() + 1L, id, Objects.requireNonNull(reason, "reason")));
        }
    }

    /**
     * Releases a frozen account. Releasing an unfrozen account changes nothing.
     *
     * @param id the account
     */
    public synchronized void unfreeze(AccountId id) {
        account(id);
        if (frozen.remove(id)) {
            entries.add(new LedgerEntry.Unfrozen(entries.size() + 1L, id));
        }
    }

    /**
     * A transaction started by the owner of {@code transfer.from()}: only an externally owned, unfrozen account
     * may start one.
     *
     * @param transfer the movement
     * @return the batch number
     * @throws ContractAccountException if the source is a contract account
     * @throws AccountFrozenException if the source is frozen
     * @throws InsufficientFundsException if it would overdraw the source
     */
    public synchronized long submit(Transfer transfer) {
        Account from = account(transfer.from());
        if (from.kind() == AccountKind.CONTRACT) {
            throw new ContractAccountException(from.id(), "a contract account never starts a transaction");
        }
        if (frozen.contains(from.id())) {
            throw new AccountFrozenException(from.id());
        }
        return commit(List.of(Posting.of(transfer)));
    }

    /**
     * Posts one settlement movement.
     *
     * @param transfer the movement
     * @return the batch number
     * @throws LedgerException if refused (the ledger is unchanged)
     */
    public synchronized long post(Transfer transfer) {
        return commit(List.of(Posting.of(transfer)));
    }

    /**
     * Posts settlement movements as one all-or-nothing batch.
     *
     * @param transfers the movements, applied in order
     * @return the batch number (0 if the list is empty: nothing is recorded)
     * @throws LedgerException if any is refused (the ledger is unchanged)
     */
    public synchronized long post(List<Transfer> transfers) {
        List<Posting> postings = new ArrayList<>(transfers.size());
        for (Transfer t : transfers) {
            postings.add(Posting.of(t));
        }
        return commit(postings);
    }

    /**
     * Commits transfers and mints as one all-or-nothing batch. Credit limits are checked after each posting in
     * order, so a batch may pay out money it received earlier in the same batch.
     *
     * @param postings the operations, applied in order
     * @return the batch number (0 if the list is empty: nothing is recorded)
     * @throws UnknownAccountException if a posting names an account that is not open
     * @throws ContractAccountException if a mint targets an externally owned account
     * @throws InsufficientFundsException if a debit would break a credit limit
     * @throws ArithmeticException if a balance would overflow
     */
    public synchronized long commit(List<? extends Posting> postings) {
        if (postings.isEmpty()) {
            return 0;
        }
        Map<AccountId, Long> pending = new HashMap<>();
        long newMinted = minted;
        for (Posting p : postings) {
            if (p instanceof Posting.Move m) {
                stage(pending, m.transfer());
            } else {
                Posting.Mint m = (Posting.Mint) p;
                Account to = account(m.to());
                if (to.kind() != AccountKind.CONTRACT) {
                    throw new ContractAccountException(to.id(), "money is minted only into contract accounts");
                }
                credit(pending, to.id(), m.amount());
                newMinted = Math.addExact(newMinted, m.amount().micros());
            }
        }
        long batch = ++batches;
        balances.putAll(pending);
        minted = newMinted;
        for (Posting p : postings) {
            long seq = entries.size() + 1L;
            entries.add(p instanceof Posting.Move m ? new LedgerEntry.Posted(seq, batch, m.transfer())
                    : mintEntry(seq, batch, (Posting.Mint) p));
        }
        return batch;
    }

    private void stage(Map<AccountId, Long> pending, Transfer t) {
        Account from = account(t.from());
        account(t.to());
        long before = pending.getOrDefault(from.id(), balances.get(from.id()));
        long after = Math.subtractExact(before, t.amount().micros());
        if (!from.creditLimit().allows(Money.ofMicros(after))) {
            throw new InsufficientFundsException(from.id(), Money.ofMicros(before), t.amount(), from.creditLimit());
        }
        pending.put(from.id(), after);
        credit(pending, t.to(), t.amount());
    }

    private void credit(Map<AccountId, Long> pending, AccountId to, Money amount) {
        pending.put(to, Math.addExact(pending.getOrDefault(to, balances.get(to)), amount.micros()));
    }

    private static LedgerEntry mintEntry(long seq, long batch, Posting.Mint m) {
        return new LedgerEntry.Minted(seq, batch, m.to(), m.amount(), m.reason());
    }

    /**
     * Rebuilds a ledger from its entry log, re-applying every entry in order (credit limits are checked again,
     * so a tampered log that overdraws an account is refused).
     *
     * @param log entries as returned by {@link #entries()}
     * @return a ledger with the same accounts, balances, frozen set, minted total and log
     * @throws LedgerException if the log is inconsistent (gaps in sequence numbers, unknown accounts...)
     */
    public static Ledger replay(List<LedgerEntry> log) {
        Ledger l = new Ledger();
        List<Posting> batch = new ArrayList<>();
        long batchNo = -1;
        for (LedgerEntry e : log) {
            long entryBatch = e instanceof LedgerEntry.Posted p ? p.batch()
                    : e instanceof LedgerEntry.Minted m ? m.batch() : -1;
            if (entryBatch != batchNo && !batch.isEmpty()) {
                l.commit(batch);
                batch.clear();
            }
            batchNo = entryBatch;
            if (e instanceof LedgerEntry.Opened o) {
                l.open(o.account().id(), o.account().kind(), o.account().creditLimit());
            } else if (e instanceof LedgerEntry.Frozen f) {
                l.freeze(f.account(), f.reason());
            } else if (e instanceof LedgerEntry.Unfrozen u) {
                l.unfreeze(u.account());
            } else if (e instanceof LedgerEntry.Posted p) {
                batch.add(Posting.of(p.transfer()));
            } else if (e instanceof LedgerEntry.Minted m) {
                batch.add(Posting.mint(m.to(), m.amount(), m.reason()));
            }
            long expected = l.entries.size() + batch.size();
            if (e.sequence() != expected) {
                throw new LedgerException("ledger log: sequence: expected " + expected + " but entry says "
                        + e.sequence());
            }
        }
        if (!batch.isEmpty()) {
            l.commit(batch);
        }
        return l;
    }

    @Override
    public synchronized String toString() {
        return "Ledger" + balances();
    }
}
