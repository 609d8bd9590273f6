package dev.eet.consensus.dag;

import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.consensus.Transport;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.crypto.KeyDirectory;
import dev.eet.consensus.crypto.NodeKeys;
import dev.eet.consensus.ledger.SignatureRejectedException;
import dev.eet.consensus.ledger.Transactions;
import dev.eet.consensus.runtime.Scheduler;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A DAG ledger node over {@link Transport} + {@link Scheduler} (all state touched on the scheduler's thread).
 * <ul>
 *   <li>{@link #submit}: the node selects tips ({@link DagLedger#selectTips}, its generator seeded from the
 *       cluster seed and its id), attaches the transaction as a signed vertex, writes it, and floods it.</li>
 *   <li>A received vertex is verified and written, then flooded once; a vertex with unknown parents waits as an
 *       orphan while the parents are fetched from the sender (and from every peer each sync period).</li>
 *   <li>A delegate confirms, each sync period and in write order, every vertex known for at least
 *       {@link DagOptions#settle} that the voting rule allows ({@link DagLedger#votable}); it records its votes in
 *       the store before sending the signed confirmation to every peer.</li>
 *   <li>Re-attachment: a transaction this node attached that is still unconfirmed after
 *       {@link DagOptions#reattachAfter} while every vertex carrying it has lost or sits on an unresolved conflict
 *       is attached again on fresh tips (the same transaction; not a conflict).</li>
 *   <li>Anti-entropy: each sync period every peer gets the node's tips and up to 64 of its unconfirmed vertices;
 *       a peer fetches unknown tips and answers with the confirmations it holds for those vertices.</li>
 * </ul>
 * Crash recovery: a new node on the same {@link DagStore} replays it.
 */
public final class DagNode {
    private static final int SYNC_TIPS = 16;
    private static final int SYNC_PENDING = 64;

    private final NodeKeys keys;
    private final Transport transport;
    private final Scheduler scheduler;
    private final DagOptions options;
    private final Optional<DagMisbehaviour> misbehaviour;
    private final DagLedger ledger;
    private final SplittableRandom random;
    private final Map<Bytes, DagVertex> orphans = new LinkedHashMap<>();
    private final Map<Bytes, Long> knownAt = new HashMap<>();
    private final Set<Bytes> unvoted = new LinkedHashSet<>();
    private final Set<Bytes> covered = new HashSet<>();
    private final Set<Bytes> unconfirmed = new LinkedHashSet<>();
    private final List<Consumer<Bytes>> confirmListeners = new ArrayList<>();
    private final Map<Bytes, Long> mine = new LinkedHashMap<>();
    private long rejected;
    private long ticks;
    private long byzNonce = 1L << 40;
    private volatile boolean closed;

    /**
     * @param keys this node's keys
     * @param directory every known public key
     * @param delegates the elected delegates
     * @param transport the transport
     * @param scheduler the scheduler
     * @param store the durable record (replayed when not empty)
     * @param options tunables
     * @param seed the seed of the tips-selection generator (mixed with the node id)
     * @param misbehaviour a Byzantine behaviour, or empty for an honest node
     */
    public DagNode(NodeKeys keys, KeyDirectory directory, Set<NodeId> delegates, Transport transport,
                   Scheduler scheduler, DagStore store, DagOptions options, long seed,
                   Optional<DagMisbehaviour> misbehaviour) {
        this.keys = keys;
        this.transport = transport;
        this.scheduler = scheduler;
        this.options = options;
        this.misbehaviour = misbehaviour;
        this.ledger = DagLedger.replay(directory, delegates, store);
        this.random = new SplittableRandom(seed ^ (keys.node().value().hashCode() * 0x9E3779B97F4A7C15L));
        long now = scheduler.clock().millis();
        for (DagVertex v : store.vertices()) {
            knownAt.put(v.id(), now);
            if (!ledger.isConfirmed(v.id())) {
                unconfirmed.add(v.id());
            }
            unvoted.add(v.id());
        }
        for (Confirmation c : store.confirmations()) {
            if (c.delegate().equals(keys.node())) {
                covered.add(c.vertex());
            }
        }
        unvoted.removeAll(covered);
    }

    /** Registers the transport handler and starts the periodic task. */
    public void start() {
        transport.onMessage((from, message) -> scheduler.execute(() -> receive(from, message)));
        scheduler.schedule(options.syncInterval(), this::tick);
    }

    /** Stops the node (its pending timers do nothing). */
    public void close() {
        closed = true;
    }

    /** @return the node's ledger (read it on the scheduler's thread, or while the simulation is paused) */
    public DagLedger ledger() {
        return ledger;
    }

    /** @param listener called with each vertex id this node confirms */
    public void onConfirm(Consumer<Bytes> listener) {
        confirmListeners.add(listener);
    }

    /** @return messages or items rejected (bad signatures, non-delegate confirmations, malformed) */
    public long rejected() {
        return rejected;
    }

    /**
     * Attaches a transaction (on the scheduler's thread).
     *
     * @param tx a signed transaction
     */
    public void submit(TransactionEnvelope tx) {
        scheduler.execute(() -> {
            if (closed) {
                return;
            }
            attach(tx);
        });
    }

    private void attach(TransactionEnvelope tx) {
        DagVertex v = DagVertex.attach(keys, tx, ledger.selectTips(random, options.parents()));
        mine.put(tx.id(), scheduler.clock().millis());
        if (accept(v)) {
            broadcast(new DagMessage.VertexMsg(v));
        }
    }

    /**
     * Re-attaches this node's submitted transactions whose vertices all either lost or sit, unconfirmed for
     * {@link DagOptions#reattachAfter}, on top of an unresolved conflict.
     */
    private void reattach() {
        long now = scheduler.clock().millis();
        List<TransactionEnvelope> again = new ArrayList<>();
        for (var it = mine.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            if (ledger.isTransactionConfirmed(e.getKey())) {
                it.remove();
                continue;
            }
            if (now - e.getValue() < options.reattachAfter().toMillis()) {
                continue;
            }
            boolean hopeless = true;
            TransactionEnvelope tx = null;
            for (Bytes id : ledger.verticesOf(e.getKey())) {
                tx = ledger.vertex(id).orElseThrow().transaction();
                if (!ledger.lost(id) && !ledger.tainted(id)) {
                    hopeless = false;
                }
            }
            if (hopeless && tx != null) {
                again.add(tx);
            }
        }
        for (TransactionEnvelope tx : again) {
            attach(tx);
        }
    }

    /** @return a one-line state summary */
    public String describe() {
        return keys.node() + " vertices=" + ledger.size() + " confirmed=" + ledger.confirmedCount() + " orphans="
                + orphans.size() + " unvoted=" + unvoted.size() + " rejected=" + rejected;
    }

    private void receive(NodeId from, Bytes bytes) {
        if (closed) {
            return;
        }
        DagMessage m;
        try {
            m = DagMessage.decode(bytes);
        } catch (RuntimeException e) {
            rejected++;
            return;
        }
        if (m instanceof DagMessage.VertexMsg vm) {
            onVertex(from, vm.vertex());
        } else if (m instanceof DagMessage.Confirms c) {
            for (Confirmation x : c.confirmations()) {
                addConfirmation(x);
            }
        } else if (m instanceof DagMessage.Sync s) {
            List<Bytes> want = new ArrayList<>();
            for (Bytes t : s.tips()) {
                if (!ledger.knows(t) && !orphans.containsKey(t)) {
                    want.add(t);
                }
            }
            if (!want.isEmpty()) {
                transport.send(from, DagMessage.encode(new DagMessage.Fetch(want)));
            }
            List<Confirmation> answer = new ArrayList<>();
            for (Bytes p : s.pending()) {
                for (Confirmation x : ledger.confirmationsOf(p).values()) {
                    if (answer.size() < DagMessage.MAX_ITEMS) {
                        answer.add(x);
                    }
                }
            }
            if (!answer.isEmpty()) {
                transport.send(from, DagMessage.encode(new DagMessage.Confirms(answer)));
            }
        } else if (m instanceof DagMessage.Fetch f) {
            for (Bytes id : f.ids()) {
                ledger.vertex(id).ifPresent(v -> transport.send(from, DagMessage.encode(new DagMessage.VertexMsg(v))));
            }
        }
    }

    private void onVertex(NodeId from, DagVertex v) {
        if (ledger.knows(v.id()) || orphans.containsKey(v.id())) {
            return;
        }
        List<Bytes> missing = ledger.missingParents(v);
        if (!missing.isEmpty()) {
            if (orphans.size() < 4096) {
                orphans.put(v.id(), v);
                transport.send(from, DagMessage.encode(new DagMessage.Fetch(missing)));
            }
            return;
        }
        if (accept(v)) {
            broadcast(new DagMessage.VertexMsg(v));
            adoptOrphans();
        }
    }

    private void adoptOrphans() {
        boolean progress = true;
        while (progress) {
            progress = false;
            for (DagVertex o : new ArrayList<>(orphans.values())) {
                if (ledger.missingParents(o).isEmpty()) {
                    orphans.remove(o.id());
                    if (accept(o)) {
                        broadcast(new DagMessage.VertexMsg(o));
                    }
                    progress = true;
                }
            }
        }
    }

    private boolean accept(DagVertex v) {
        long before = ledger.confirmedCount();
        try {
            if (!ledger.add(v)) {
                return false;
            }
        } catch (SignatureRejectedException e) {
            rejected++;
            return false;
        }
        knownAt.put(v.id(), scheduler.clock().millis());
        unvoted.add(v.id());
        unconfirmed.add(v.id());
        if (ledger.confirmedCount() != before) {
            confirmedChanged();
        }
        return true;
    }

    private void addConfirmation(Confirmation c) {
        long before = ledger.confirmedCount();
        try {
            ledger.addConfirmation(c);
        } catch (SignatureRejectedException e) {
            rejected++;
            return;
        }
        if (ledger.confirmedCount() != before) {
            confirmedChanged();
        }
    }

    private void confirmedChanged() {
        for (var it = unconfirmed.iterator(); it.hasNext(); ) {
            Bytes id = it.next();
            if (ledger.isConfirmed(id)) {
                it.remove();
                for (Consumer<Bytes> l : confirmListeners) {
                    l.accept(id);
                }
            }
        }
    }

    private void tick() {
        if (closed) {
            return;
        }
        ticks++;
        if (ledger.delegates().contains(keys.node())) {
            vote();
        }
        reattach();
        if (misbehaviour.orElse(null) == DagMisbehaviour.DOUBLE_SPEND && ticks % 2 == 0) {
            doubleSpend();
        }
        List<Bytes> pending = new ArrayList<>();
        for (Bytes id : unconfirmed) {
            if (pending.size() == SYNC_PENDING) {
                break;
            }
            pending.add(id);
        }
        List<Bytes> tips = ledger.tips();
        broadcast(new DagMessage.Sync(tips.subList(0, Math.min(SYNC_TIPS, tips.size())), pending));
        if (!orphans.isEmpty()) {
            Set<Bytes> missing = new TreeSet<>();
            for (DagVertex o : orphans.values()) {
                for (Bytes p : ledger.missingParents(o)) {
                    if (!orphans.containsKey(p) && missing.size() < DagMessage.MAX_ITEMS) {
                        missing.add(p);
                    }
                }
            }
            if (!missing.isEmpty()) {
                broadcast(new DagMessage.Fetch(new ArrayList<>(missing)));
            }
        }
        scheduler.schedule(options.syncInterval(), this::tick);
    }

    private void vote() {
        long now = scheduler.clock().millis();
        List<Confirmation> out = new ArrayList<>();
        DagMisbehaviour mis = misbehaviour.orElse(null);
        for (var it = unvoted.iterator(); it.hasNext() && out.size() < DagMessage.MAX_ITEMS; ) {
            Bytes id = it.next();
            if (mis == DagMisbehaviour.DOUBLE_SPEND) {
                it.remove();
                out.add(Confirmation.sign(keys, id));
                continue;
            }
            if (mis == DagMisbehaviour.FORGE) {
                it.remove();
                for (NodeId d : ledger.delegates()) {
                    if (!d.equals(keys.node())) {
                        Confirmation real = Confirmation.sign(keys, id);
                        out.add(new Confirmation(id, d, real.signature()));
                        break;
                    }
                }
                continue;
            }
            if (now - knownAt.getOrDefault(id, now) < options.settle().toMillis()) {
                continue;
            }
            if (covered.contains(id)) {
                it.remove();
                continue;
            }
            Optional<List<Bytes>> cone = ledger.votable(id, ledger.store().votes(), covered);
            if (cone.isEmpty()) {
                continue;
            }
            for (Bytes u : cone.get()) {
                DagVertex uv = ledger.vertex(u).orElseThrow();
                ledger.store().recordVote(uv.conflictKey(), uv.transaction().id());
                covered.add(u);
            }
            it.remove();
            out.add(Confirmation.sign(keys, id));
        }
        if (!out.isEmpty()) {
            if (mis != DagMisbehaviour.FORGE) {
                for (Confirmation c : out) {
                    addConfirmation(c);
                }
            }
            broadcast(new DagMessage.Confirms(out));
        }
    }

    private void doubleSpend() {
        long nonce = byzNonce++;
        long now = scheduler.clock().millis();
        List<Bytes> parents = ledger.selectTips(random, options.parents());
        TransactionEnvelope a = Transactions.sign(keys, "double-spend",
                Bytes.of(ByteBuffer.allocate(9).putLong(nonce).put((byte) 'a').array()), nonce, now);
        TransactionEnvelope b = Transactions.sign(keys, "double-spend",
                Bytes.of(ByteBuffer.allocate(9).putLong(nonce).put((byte) 'b').array()), nonce, now);
        DagVertex va = DagVertex.attach(keys, a, parents);
        DagVertex vb = DagVertex.attach(keys, b, parents);
        List<NodeId> peers = new ArrayList<>(new TreeSet<>(transport.peers()));
        peers.remove(keys.node());
        for (int i = 0; i < peers.size(); i++) {
            DagVertex v = i % 2 == 0 ? va : vb;
            transport.send(peers.get(i), DagMessage.encode(new DagMessage.VertexMsg(v)));
        }
        List<Confirmation> both = new ArrayList<>();
        if (ledger.delegates().contains(keys.node())) {
            both.add(Confirmation.sign(keys, va.id()));
            both.add(Confirmation.sign(keys, vb.id()));
            broadcast(new DagMessage.Confirms(both));
        }
    }

    private void broadcast(DagMessage m) {
        Bytes bytes = DagMessage.encode(m);
        for (NodeId p : new TreeSet<>(transport.peers())) {
            if (!p.equals(keys.node())) {
                transport.send(p, bytes);
            }
        }
    }

    /** @return this node's votes (for tests) */
    Map<ConflictKey, Bytes> votes() {
        return new TreeMap<>(ledger.store().votes());
    }
}
