package dev.eet.consensus.dag;

import dev.eet.api.consensus.NodeId;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.crypto.KeyDirectory;
import dev.eet.consensus.ledger.SignatureRejectedException;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One node's view of the DAG and the rules applied to it (no network, no clock; deterministic):
 * <ul>
 *   <li><b>Admission.</b> A vertex is added when all its parents are known (the caller buffers orphans) and it
 *       verifies ({@link DagVertex#verify}); one write per vertex to the {@link DagStore}.</li>
 *   <li><b>Confirmation rule.</b> A vertex is <i>directly confirmed</i> when {@link #quorum()} distinct elected
 *       delegates signed a valid {@link Confirmation} of it; it and its whole past (everything it approves,
 *       transitively) are then confirmed, and so is every transaction they carry. A confirmation by a
 *       non-delegate or with a bad signature is rejected ({@link SignatureRejectedException}). The quorum is
 *       {@code ceil((D + f + 1) / 2)} with {@code f = floor((D - 1) / 3)} for D delegates, so two quorums share an
 *       honest delegate even when f of them sign anything.</li>
 *   <li><b>Conflicts.</b> Two different transactions with one {@link ConflictKey} (sender, nonce) conflict: a
 *       double spend. One transaction carried by two vertices (a re-attachment) is no conflict; it is confirmed
 *       once.</li>
 *   <li><b>Voting rule</b> ({@link #votable}). An honest delegate confirms a vertex only when, for every vertex u
 *       of its past that is neither confirmed already nor covered by its earlier votes, its recorded vote for u's key is u's transaction, or it
 *       has no vote for that key and u's transaction is the key's {@link #preferred} one; it then records that
 *       transaction as its vote for the key. Hence an honest delegate's votes never cover two conflicting
 *       transactions. The first confirmation of a transaction anywhere rests on a quorum of recorded votes (nothing
 *       of its key was confirmed before, so nobody skipped it), and two such quorums share an honest delegate, so
 *       no two conflicting transactions are ever both confirmed. Skipping confirmed vertices keeps a delegate that
 *       voted for the losing half of a split double spend able to confirm the winner's descendants.</li>
 *   <li><b>Conflict resolution</b> ({@link #preferred}). Among the key's transactions that have a vertex that has
 *       not {@link #lost}, the one whose best such vertex has the most delegate confirmations, ties broken by the
 *       lowest transaction id. Honest delegates wait a settle time before voting ({@link DagNode}) so that they
 *       normally see both halves of a double spend and pick the same one; if the votes still split, neither half
 *       reaches the quorum and the key stays unconfirmed (safe, not live for that double spender).</li>
 *   <li><b>Tips selection</b> ({@link #selectTips}). Tips are the vertices no known vertex approves; eligible tips
 *       are those whose unconfirmed past holds no transaction with a known conflicting transaction; k distinct
 *       eligible tips are drawn uniformly with the caller's seeded generator from the id-sorted list (all of them
 *       if fewer; {@link DagVertex#GENESIS} if none).</li>
 * </ul>
 * Not thread-safe.
 */
public final class DagLedger {
    private final KeyDirectory keys;
    private final SortedSet<NodeId> delegates;
    private final int quorum;
    private final DagStore store;
    private final Map<Bytes, DagVertex> vertices = new HashMap<>();
    private final Map<Bytes, Set<Bytes>> children = new HashMap<>();
    private final Map<ConflictKey, SortedSet<Bytes>> byKey = new TreeMap<>();
    private final Map<Bytes, SortedSet<Bytes>> vertexOfTx = new HashMap<>();
    private final Set<Bytes> confirmedTx = new HashSet<>();
    private final Map<Bytes, Map<NodeId, Confirmation>> confirmations = new HashMap<>();
    private final Map<Bytes, Long> confirmedAt = new LinkedHashMap<>();
    private final Map<ConflictKey, Bytes> confirmedByKey = new TreeMap<>();
    private final List<String> internalConflicts = new ArrayList<>();
    private final Set<Bytes> tips = new TreeSet<>();
    private long confirmedCount;

    /**
     * @param keys public keys of every issuer, sender and delegate
     * @param delegates the elected delegates (at least one)
     * @param store the durable record this ledger writes (replay it with {@link #replay})
     */
    public DagLedger(KeyDirectory keys, Set<NodeId> delegates, DagStore store) {
        if (delegates.isEmpty()) {
            throw new IllegalArgumentException("dag ledger: delegates must not be empty");
        }
        this.keys = keys;
        this.delegates = Collections.unmodifiableSortedSet(new TreeSet<>(delegates));
        this.quorum = quorum(delegates.size());
        this.store = store;
        tips.add(DagVertex.GENESIS);
    }

    /**
     * @param delegates D
     * @return {@code ceil((D + f + 1) / 2)}, {@code f = floor((D - 1) / 3)}
     */
    public static int quorum(int delegates) {
        int f = tolerated(delegates);
        return (delegates + f + 2) / 2;
    }

    /**
     * @param delegates D
     * @return f = floor((D - 1) / 3), the Byzantine delegates tolerated
     */
    public static int tolerated(int delegates) {
        return (delegates - 1) / 3;
    }

    /**
     * Rebuilds a ledger from a store (after a restart); the store is not written again.
     *
     * @param keys public keys
     * @param delegates the delegates
     * @param store the durable record
     * @return the ledger
     */
    public static DagLedger replay(KeyDirectory keys, Set<NodeId> delegates, DagStore store) {
        DagStore scratch = new DagStore();
        DagLedger l = new DagLedger(keys, delegates, scratch);
        for (DagVertex v : store.vertices()) {
            l.add(v);
        }
        for (Confirmation c : store.confirmations()) {
            l.addConfirmation(c);
        }
        return new DagLedger(l, store);
    }

    private DagLedger(DagLedger from, DagStore store) {
        this.keys = from.keys;
        this.delegates = from.delegates;
        this.quorum = from.quorum;
        this.store = store;
        vertices.putAll(from.vertices);
        from.children.forEach((k, v) -> children.put(k, new HashSet<>(v)));
        from.byKey.forEach((k, v) -> byKey.put(k, new TreeSet<>(v)));
        from.vertexOfTx.forEach((k, v) -> vertexOfTx.put(k, new TreeSet<>(v)));
        confirmedTx.addAll(from.confirmedTx);
        from.confirmations.forEach((k, v) -> confirmations.put(k, new TreeMap<>(v)));
        confirmedAt.putAll(from.confirmedAt);
        confirmedByKey.putAll(from.confirmedByKey);
        internalConflicts.addAll(from.internalConflicts);
        tips.clear();
        tips.addAll(from.tips);
        confirmedCount = from.confirmedCount;
    }

    /** @return the elected delegates */
    public SortedSet<NodeId> delegates() {
        return delegates;
    }

    /** @return the confirmations that directly confirm a vertex */
    public int quorum() {
        return quorum;
    }

    /** @return the durable record */
    public DagStore store() {
        return store;
    }

    /**
     * @param id a vertex id
     * @return whether it is known ({@link DagVertex#GENESIS} always is)
     */
    public boolean knows(Bytes id) {
        return id.equals(DagVertex.GENESIS) || vertices.containsKey(id);
    }

    /**
     * @param id a vertex id
     * @return the vertex, if known
     */
    public Optional<DagVertex> vertex(Bytes id) {
        return Optional.ofNullable(vertices.get(id));
    }

    /** @return how many vertices are known (genesis excluded) */
    public int size() {
        return vertices.size();
    }

    /**
     * @param v a vertex
     * @return its parents that are not known yet
     */
    public List<Bytes> missingParents(DagVertex v) {
        List<Bytes> m = new ArrayList<>();
        for (Bytes p : v.parents()) {
            if (!knows(p)) {
                m.add(p);
            }
        }
        return m;
    }

    /**
     * Adds a vertex whose parents are all known.
     *
     * @param v the vertex
     * @return whether it was new
     * @throws SignatureRejectedException if it does not verify
     * @throws IllegalStateException if a parent is missing
     */
    public boolean add(DagVertex v) {
        if (vertices.containsKey(v.id())) {
            return false;
        }
        if (!missingParents(v).isEmpty()) {
            throw new IllegalStateException("dag vertex " + v.id().toHex() + ": parents " + missingParents(v)
                    + " are not known");
        }
        v.verify(keys);
        vertices.put(v.id(), v);
        store.appendVertex(v);
        for (Bytes p : v.parents()) {
            children.computeIfAbsent(p, k -> new HashSet<>()).add(v.id());
            tips.remove(p);
        }
        if (!children.containsKey(v.id())) {
            tips.add(v.id());
        }
        byKey.computeIfAbsent(v.conflictKey(), k -> new TreeSet<>()).add(v.transaction().id());
        vertexOfTx.computeIfAbsent(v.transaction().id(), k -> new TreeSet<>()).add(v.id());
        checkDirect(v.id());
        return true;
    }

    /**
     * Adds a confirmation (its vertex may still be unknown; it counts once the vertex arrives).
     *
     * @param c the confirmation
     * @return whether it was new
     * @throws SignatureRejectedException if the signer is not a delegate or the signature does not verify
     */
    public boolean addConfirmation(Confirmation c) {
        Map<NodeId, Confirmation> m = confirmations.get(c.vertex());
        if (m != null && c.equals(m.get(c.delegate()))) {
            return false;
        }
        String subject = "dag confirmation of " + c.vertex().toHex() + " by " + c.delegate();
        if (!delegates.contains(c.delegate())) {
            throw new SignatureRejectedException(subject, "delegate: " + c.delegate() + " is not an elected delegate");
        }
        if (!c.verifies(keys)) {
            throw new SignatureRejectedException(subject, "signature does not verify");
        }
        if (m != null && m.containsKey(c.delegate())) {
            return false;
        }
        confirmations.computeIfAbsent(c.vertex(), k -> new TreeMap<>()).put(c.delegate(), c);
        store.appendConfirmation(c);
        checkDirect(c.vertex());
        return true;
    }

    /**
     * @param id a vertex id
     * @return the valid confirmations held for it, by delegate
     */
    public Map<NodeId, Confirmation> confirmationsOf(Bytes id) {
        return Collections.unmodifiableMap(confirmations.getOrDefault(id, Map.of()));
    }

    /**
     * @param id a vertex id
     * @return whether it is confirmed (genesis always is)
     */
    public boolean isConfirmed(Bytes id) {
        return id.equals(DagVertex.GENESIS) || confirmedAt.containsKey(id);
    }

    /** @return the confirmed vertex ids, in the order this node confirmed them */
    public List<Bytes> confirmed() {
        return List.copyOf(confirmedAt.keySet());
    }

    /** @return how many vertices are confirmed */
    public long confirmedCount() {
        return confirmedCount;
    }

    /** @return the confirmed transaction id by conflict key (never two per key on an honest node) */
    public Map<ConflictKey, Bytes> confirmedByKey() {
        return Collections.unmodifiableMap(confirmedByKey);
    }

    /** @return the ids of the confirmed transactions */
    public Set<Bytes> confirmedTransactions() {
        return Collections.unmodifiableSet(confirmedTx);
    }

    /**
     * @param txId a transaction id
     * @return whether a vertex carrying it is confirmed
     */
    public boolean isTransactionConfirmed(Bytes txId) {
        return confirmedTx.contains(txId);
    }

    /**
     * @param txId a transaction id
     * @return the known vertices carrying it, sorted
     */
    public SortedSet<Bytes> verticesOf(Bytes txId) {
        return Collections.unmodifiableSortedSet(vertexOfTx.getOrDefault(txId, new TreeSet<>()));
    }

    /** @return conflicting vertices this node confirmed together (empty unless the quorum assumption broke) */
    public List<String> internalConflicts() {
        return List.copyOf(internalConflicts);
    }

    /** @return the current tips, sorted */
    public List<Bytes> tips() {
        return List.copyOf(tips);
    }

    /**
     * @param key a conflict key
     * @return the ids of the known transactions with that key, sorted
     */
    public SortedSet<Bytes> withKey(ConflictKey key) {
        return Collections.unmodifiableSortedSet(byKey.getOrDefault(key, new TreeSet<>()));
    }

    /**
     * @param id a known vertex
     * @return whether it can never be confirmed: a vertex conflicting with it or with a vertex of its past is
     *         confirmed
     */
    public boolean lost(Bytes id) {
        for (Bytes u : unconfirmedPast(id)) {
            DagVertex uv = vertices.get(u);
            Bytes winner = confirmedByKey.get(uv.conflictKey());
            if (winner != null && !winner.equals(uv.transaction().id())) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param id a known vertex
     * @return whether its unconfirmed past (itself included) holds a vertex with a known conflicting vertex
     */
    public boolean tainted(Bytes id) {
        for (Bytes u : unconfirmedPast(id)) {
            if (byKey.get(vertices.get(u).conflictKey()).size() > 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * The conflict resolution rule: among the key's vertices that have not {@link #lost}, the one with the most
     * confirmations, ties by the lowest id.
     *
     * @param key a conflict key
     * @return the preferred vertex, if any vertex of the key can still be confirmed
     */
    public Optional<Bytes> preferred(ConflictKey key) {
        Bytes best = null;
        int bestCount = -1;
        for (Bytes tx : byKey.getOrDefault(key, new TreeSet<>())) {
            int count = -1;
            for (Bytes id : vertexOfTx.get(tx)) {
                if (!lost(id)) {
                    count = Math.max(count, confirmations.getOrDefault(id, Map.of()).size());
                }
            }
            if (count > bestCount) {
                best = tx;
                bestCount = count;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The voting rule for a delegate.
     *
     * @param id a known vertex
     * @param votes the delegate's votes by conflict key
     * @param covered vertices the delegate's earlier confirmations already cover
     * @return the vertices the confirmation would newly cover (the vertex first), or empty if the delegate must
     *         not confirm it
     */
    public Optional<List<Bytes>> votable(Bytes id, Map<ConflictKey, Bytes> votes, Set<Bytes> covered) {
        List<Bytes> cone = new ArrayList<>();
        Deque<Bytes> todo = new ArrayDeque<>();
        Set<Bytes> seen = new HashSet<>();
        todo.push(id);
        seen.add(id);
        while (!todo.isEmpty()) {
            Bytes u = todo.pop();
            if (covered.contains(u) || isConfirmed(u)) {
                continue;
            }
            DagVertex v = vertices.get(u);
            ConflictKey key = v.conflictKey();
            Bytes mine = votes.get(key);
            Bytes tx = v.transaction().id();
            if (mine != null ? !mine.equals(tx) : !preferred(key).map(tx::equals).orElse(false)) {
                return Optional.empty();
            }
            cone.add(u);
            for (Bytes p : v.parents()) {
                if (seen.add(p)) {
                    todo.push(p);
                }
            }
        }
        return Optional.of(cone);
    }

    /**
     * The tips selection rule.
     *
     * @param random the node's seeded generator
     * @param k how many (at least 1)
     * @return up to k distinct eligible tips, or {@code [GENESIS]}
     */
    public List<Bytes> selectTips(SplittableRandom random, int k) {
        List<Bytes> eligible = new ArrayList<>();
        for (Bytes t : tips) {
            if (t.equals(DagVertex.GENESIS) || !tainted(t)) {
                eligible.add(t);
            }
        }
        if (eligible.isEmpty()) {
            return List.of(DagVertex.GENESIS);
        }
        for (int i = 0; i < Math.min(k, eligible.size()); i++) {
            int j = i + random.nextInt(eligible.size() - i);
            Bytes t = eligible.get(i);
            eligible.set(i, eligible.get(j));
            eligible.set(j, t);
        }
        return List.copyOf(eligible.subList(0, Math.min(k, eligible.size())));
    }

    private List<Bytes> unconfirmedPast(Bytes id) {
        List<Bytes> out = new ArrayList<>();
        Deque<Bytes> todo = new ArrayDeque<>();
        Set<Bytes> seen = new HashSet<>();
        todo.push(id);
        seen.add(id);
        while (!todo.isEmpty()) {
            Bytes u = todo.pop();
            if (isConfirmed(u)) {
                continue;
            }
            out.add(u);
            for (Bytes p : vertices.get(u).parents()) {
                if (seen.add(p)) {
                    todo.push(p);
                }
            }
        }
        return out;
    }

    private void checkDirect(Bytes id) {
        if (!vertices.containsKey(id) || isConfirmed(id)
                || confirmations.getOrDefault(id, Map.of()).size() < quorum) {
            return;
        }
        for (Bytes u : unconfirmedPast(id)) {
            confirmedAt.put(u, confirmedCount++);
            DagVertex uv = vertices.get(u);
            ConflictKey key = uv.conflictKey();
            Bytes tx = uv.transaction().id();
            confirmedTx.add(tx);
            Bytes old = confirmedByKey.putIfAbsent(key, tx);
            if (old != null && !old.equals(tx)) {
                internalConflicts.add("conflicting transactions " + old.toHex() + " and " + tx.toHex() + " of "
                        + key + " both confirmed");
            }
        }
    }
}
