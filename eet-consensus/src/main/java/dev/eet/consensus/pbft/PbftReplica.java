package dev.eet.consensus.pbft;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.BlockHeader;
import dev.eet.api.consensus.CommitCertificate;
import dev.eet.api.consensus.ConsensusProtocol;
import dev.eet.api.consensus.LedgerStore;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.consensus.Transport;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.crypto.NodeKeys;
import dev.eet.consensus.crypto.Sha256;
import dev.eet.consensus.ledger.BlockCutter;
import dev.eet.consensus.ledger.BlockRejectedException;
import dev.eet.consensus.ledger.BlockVerifier;
import dev.eet.consensus.ledger.Blocks;
import dev.eet.consensus.ledger.SignatureRejectedException;
import dev.eet.consensus.ledger.Transactions;
import dev.eet.consensus.ledger.VerifiedTransactions;
import dev.eet.consensus.pbft.PbftMessage.Checkpoint;
import dev.eet.consensus.pbft.PbftMessage.Commit;
import dev.eet.consensus.pbft.PbftMessage.Decision;
import dev.eet.consensus.pbft.PbftMessage.Fetch;
import dev.eet.consensus.pbft.PbftMessage.NewView;
import dev.eet.consensus.pbft.PbftMessage.PrePrepare;
import dev.eet.consensus.pbft.PbftMessage.Prepare;
import dev.eet.consensus.pbft.PbftMessage.PreparedCertificate;
import dev.eet.consensus.pbft.PbftMessage.Request;
import dev.eet.consensus.pbft.PbftMessage.ViewChange;
import dev.eet.consensus.pbft.PbftMessage.ViewQuery;
import dev.eet.consensus.runtime.Scheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One member of a PBFT consensus group [Report ch.5, consensus.md section 4]: pre-prepare / prepare / commit per
 * block (sequence number = block height, one height in flight at a time, a block batching up to MMC
 * transactions), view change when the primary is faulty or silent, checkpoints with log truncation, catch-up
 * of committed blocks (verified against their quorum certificates) after a crash or partition, results sent to
 * non-members, and reputation updates after every decision.
 *
 * <p>Safety: a member commits a block at height h only with q matching commits of a block it saw prepared
 * (q matching prepares) in the same view; a new primary must re-propose the prepared block of the highest view
 * found in q view changes, and every member re-checks that choice from the signed view changes carried in the
 * new-view message. The committed head in a view change is proven by its commit certificate. q is
 * {@link PbftGroup#quorum()} = ceil((n+f+1)/2), the one threshold for every vote count of the group.
 *
 * <p>Threading: all state is touched on the {@link Scheduler}'s event thread; transport callbacks, {@link #submit}
 * and timers are re-dispatched there.
 */
public final class PbftReplica implements ConsensusProtocol {
    private static final Logger LOG = LoggerFactory.getLogger(PbftReplica.class);
    private static final int FETCH_BATCH = 32;
    private static final long NEVER = Long.MIN_VALUE / 4;
    private static final int MAX_BUFFERED_HEIGHTS = 64;
    private static final int VERIFIED_CAPACITY = 1 << 17;

    private final PbftGroup group;
    private final NodeKeys keys;
    private final NodeId self;
    private final Transport transport;
    private final Scheduler scheduler;
    private final LedgerStore store;
    private final PbftOptions options;
    private final BlockVerifier verifier;
    private final VerifiedTransactions verifiedTransactions;
    private final BlockCutter pending;
    private final ReputationBook reputation;
    private final List<Consumer<Block>> listeners = new CopyOnWriteArrayList<>();

    private volatile long height;
    private Bytes headHash = Bytes.EMPTY;
    private Optional<BlockHeader> headHeader = Optional.empty();
    private CommitCertificate headCertificate = new CommitCertificate(List.of());
    private final Set<Bytes> committedTransactions = new HashSet<>();

    private volatile long view;
    private boolean viewChanging;
    private int viewChangeAttempts;
    private Slot slot = new Slot();
    private final SortedMap<Long, List<Inbound>> future = new TreeMap<>();
    private final SortedMap<Long, Map<NodeId, ViewChange>> viewChanges = new TreeMap<>();
    private final Map<NodeId, Long> higherViews = new HashMap<>();
    private NewView lastNewView;
    private long newViewSentFor = -1;
    private final SortedMap<Long, Map<Bytes, Set<NodeId>>> checkpoints = new TreeMap<>();
    private long stableCheckpoint = -1;
    private Scheduler.Timer viewTimer;
    private Scheduler.Timer batchTimer;
    private Scheduler.Timer resendTimer;
    private Scheduler.Timer deferredFetch;
    private ViewChange myViewChange;
    private NewView myNewView;
    private long lastFetchMillis = NEVER;
    private long lastViewQueryMillis = NEVER;
    private boolean started;
    private boolean closed;
    /** Test hook (package-private, set only by this package's tests): plants "prepare quorum not checked". */
    boolean plantedBugSkipPrepareQuorum;
    private final Map<NodeId, PrePrepare> equivocation = new TreeMap<>();
    private PrePrepare forgedAlternative;

    private record Inbound(NodeId from, PbftMessage message) {
    }

    /** Votes for the height in flight. */
    private static final class Slot {
        PrePrepare prePrepare;
        final Map<Long, Map<Bytes, Map<NodeId, Prepare>>> prepares = new HashMap<>();
        final Map<Long, Map<Bytes, Map<NodeId, Commit>>> commits = new HashMap<>();
        PreparedCertificate prepared;
        long commitSentView = -1;
        final Map<NodeId, Bytes> votes = new TreeMap<>();
        final List<PbftMessage> mine = new ArrayList<>();
    }

    /**
     * @param group the group
     * @param keys this member's keys (must be a member)
     * @param transport its transport
     * @param scheduler its scheduler (virtual in simulations)
     * @param store its ledger; on a restart the member resumes from the stored head
     * @param options tuning and fault injection
     */
    public PbftReplica(PbftGroup group, NodeKeys keys, Transport transport, Scheduler scheduler, LedgerStore store,
                       PbftOptions options) {
        this.group = Objects.requireNonNull(group, "group");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.self = keys.node();
        if (!group.isMember(self)) {
            throw new InvalidArgumentException("pbft replica " + self, "keys", "is not a member of " + group.members());
        }
        this.transport = transport;
        this.scheduler = scheduler;
        this.store = store;
        this.options = options;
        this.verifiedTransactions = new VerifiedTransactions(group.keys(), VERIFIED_CAPACITY);
        this.verifier = group.verifier().withCache(verifiedTransactions);
        this.pending = new BlockCutter(options.maxMessageCount(), options.maxBatchTime(), scheduler.clock());
        this.reputation = new ReputationBook(options.reputation());
        this.height = store.height();
        for (long h = 0; h <= store.height(); h++) {
            Block b = store.block(h).orElseThrow();
            b.transactions().forEach(tx -> committedTransactions.add(tx.id()));
            if (h == store.height()) {
                headHash = Blocks.hash(b);
                headHeader = Optional.of(b.header());
                headCertificate = b.certificate();
            }
        }
    }

    @Override
    public String name() {
        return "pbft";
    }

    @Override
    public void start() {
        PbftCodec.listen(transport, "pbft replica " + self, (from, m) -> {
            if (!preVerified(from, m)) {
                return;
            }
            scheduler.execute(() -> handle(from, m));
        });
        scheduler.execute(() -> {
            started = true;
            broadcast(new Fetch(height + 1));
            scheduleResend();
        });
    }

    /**
     * Runs on the transport's thread, before the message reaches the event thread: checks the signatures of the
     * transactions a request or a member's pre-prepare carries, so that this Ed25519 work is spread over the
     * transport threads and done once ({@link VerifiedTransactions}); the event thread repeats every check, and
     * finds the signatures already verified. Requests with an invalid transaction are dropped here, as the event
     * thread would drop them.
     *
     * @return whether to pass the message on
     */
    private boolean preVerified(NodeId from, PbftMessage m) {
        if (m instanceof Request r) {
            return verifiedTransactions.isValid(r.transaction());
        }
        if (m instanceof PrePrepare p && group.isMember(from) && p.block().height() > height) {
            for (TransactionEnvelope tx : p.block().transactions()) {
                if (!verifiedTransactions.isValid(tx)) {
                    break;             // the event thread rejects the proposal
                }
            }
        }
        return true;
    }

    /** @return the transactions whose signatures this member has verified (shared by every path) */
    public VerifiedTransactions verifiedTransactions() {
        return verifiedTransactions;
    }

    @Override
    public void submit(TransactionEnvelope transaction) {
        verifiedTransactions.verify(transaction);
        scheduler.execute(() -> {
            if (closed) {
                return;
            }
            Request r = new Request(transaction);
            broadcast(r);
            onRequest(r);
        });
    }

    @Override
    public void onCommit(Consumer<Block> listener) {
        listeners.add(listener);
    }

    @Override
    public long committedHeight() {
        return height;
    }

    /** @return the current view */
    public long view() {
        return view;
    }

    /** @return this member's reputation book (read on the event thread or after the run) */
    public ReputationBook reputation() {
        return reputation;
    }

    /** @return the last stable checkpoint height, or -1 */
    public long stableCheckpoint() {
        return stableCheckpoint;
    }

    /** @return the block cutter: MMC and MBT can be changed at run time */
    public BlockCutter cutter() {
        return pending;
    }

    /** @return the number of buffered protocol-log entries (view changes, checkpoints, future messages) */
    public int logSize() {
        int n = 0;
        for (Map<NodeId, ViewChange> m : viewChanges.values()) {
            n += m.size();
        }
        for (Map<Bytes, Set<NodeId>> m : checkpoints.values()) {
            for (Set<NodeId> s : m.values()) {
                n += s.size();
            }
        }
        for (List<Inbound> l : future.values()) {
            n += l.size();
        }
        return n;
    }

    @Override
    public void close() {
        closed = true;
        cancel(viewTimer);
        cancel(batchTimer);
        cancel(resendTimer);
        cancel(deferredFetch);
    }

    /**
     * Messages can be lost: every half view-timeout a member re-sends its votes for the height in flight (or its
     * view change / new view while changing views). Receivers ignore duplicates.
     */
    private void scheduleResend() {
        if (closed) {
            return;
        }
        resendTimer = scheduler.schedule(options.viewTimeout().dividedBy(2), () -> {
            resend();
            scheduleResend();
        });
    }

    private void resend() {
        if (viewChanging) {
            if (myViewChange != null && myViewChange.newView() == view) {
                broadcast(myViewChange);
            }
            // a member that changes views alone may simply be behind (e.g. after a partition): ask for blocks
            broadcast(new Fetch(height + 1));
            return;
        }
        if (myNewView != null && myNewView.view() == view) {
            broadcast(myNewView);
        }
        for (PbftMessage m : slot.mine) {
            if (m instanceof PrePrepare pp && pp.view() == view) {
                if (has(PbftMisbehaviour.EQUIVOCATE) && !equivocation.isEmpty()) {
                    equivocation.forEach(this::send);
                } else {
                    broadcast(pp);
                }
            } else if (m instanceof Prepare p && p.view() == view) {
                sendVote(p);
            } else if (m instanceof Commit c && c.view() == view) {
                sendVote(c);
            }
        }
    }

    // ------------------------------------------------------------------ dispatch

    private void handle(NodeId from, PbftMessage m) {
        if (closed || !started) {
            return;
        }
        if (m instanceof Request r) {
            onRequest(r);
            return;
        }
        if (m instanceof Fetch f) {
            onFetch(from, f);
            return;
        }
        if (!group.isMember(from)) {
            return;
        }
        if (m instanceof PrePrepare p) {
            onPrePrepare(from, p);
        } else if (m instanceof Prepare p) {
            onPrepare(from, p);
        } else if (m instanceof Commit c) {
            onCommitVote(from, c);
        } else if (m instanceof Checkpoint c) {
            onCheckpoint(from, c);
        } else if (m instanceof ViewChange v) {
            onViewChange(from, v);
        } else if (m instanceof NewView n) {
            onNewView(from, n);
        } else if (m instanceof ViewQuery q) {
            if (lastNewView != null && lastNewView.view() > q.view()) {
                send(from, lastNewView);
            }
        } else if (m instanceof PbftMessage.Blocks b) {
            onBlocks(from, b);
        }
    }

    private boolean has(PbftMisbehaviour m) {
        return options.misbehaviours().contains(m);
    }

    private void send(NodeId to, PbftMessage m) {
        if (has(PbftMisbehaviour.SILENT) || closed) {
            return;
        }
        transport.send(to, PbftCodec.encode(m));
    }

    /** Sends to every other member and every observer when {@code toObservers}. */
    private void broadcast(PbftMessage m) {
        if (has(PbftMisbehaviour.SILENT) || closed) {
            return;
        }
        Bytes bytes = PbftCodec.encode(m);
        for (NodeId n : group.members()) {
            if (!n.equals(self)) {
                transport.send(n, bytes);
            }
        }
    }

    // ------------------------------------------------------------------ requests and proposals

    private void onRequest(Request r) {
        TransactionEnvelope tx = r.transaction();
        if (committedTransactions.contains(tx.id()) || pending.contains(tx.id())
                || !verifiedTransactions.isValid(tx)) {
            return;
        }
        pending.offer(tx);
        ensureViewTimer();
        maybePropose();
    }

    private boolean isPrimary() {
        return group.primary(view).equals(self);
    }

    private void maybePropose() {
        if (!isPrimary() || viewChanging || slot.prePrepare != null || closed) {
            return;
        }
        Optional<List<TransactionEnvelope>> batch = pending.cut();
        if (batch.isEmpty()) {
            scheduleBatchTimer();
            return;
        }
        propose(batch.get());
    }

    private void scheduleBatchTimer() {
        cancel(batchTimer);
        batchTimer = null;
        pending.nextDeadline().ifPresent(deadline -> {
            long delay = Math.max(0, deadline - scheduler.clock().millis());
            batchTimer = scheduler.schedule(Duration.ofMillis(delay), () -> {
                batchTimer = null;
                maybePropose();
            });
        });
    }

    private void propose(List<TransactionEnvelope> txs) {
        List<TransactionEnvelope> content = new ArrayList<>(txs);
        if (has(PbftMisbehaviour.VOTE_FOR_INVALID)) {
            TransactionEnvelope t = content.isEmpty() ? Transactions.sign(keys, "forged", Bytes.EMPTY, height, 0)
                    : content.get(0);
            content.add(new TransactionEnvelope(Transactions.id("forged", t.payload(), t.sender(), t.nonce() + 1,
                    t.timestamp()), "forged", t.payload(), t.sender(), t.nonce() + 1, t.timestamp(), t.signature()));
        }
        Block block = Blocks.propose(keys, height + 1, headHash, content, scheduler.clock().millis());
        PrePrepare pp = PrePrepare.sign(keys, view, block);
        if (has(PbftMisbehaviour.EQUIVOCATE)) {
            // block A to the last half of the backups (and itself), block B to the first half
            Block other = Blocks.propose(keys, height + 1, headHash, content, scheduler.clock().millis() + 1);
            PrePrepare pp2 = PrePrepare.sign(keys, view, other);
            List<NodeId> backups = new ArrayList<>(group.members());
            backups.remove(self);
            equivocation.clear();
            for (int i = 0; i < backups.size(); i++) {
                PrePrepare chosen = i < backups.size() / 2 ? pp2 : pp;
                equivocation.put(backups.get(i), chosen);
                send(backups.get(i), chosen);
            }
            forgedAlternative = pp2;
        } else {
            broadcast(pp);
        }
        slot.mine.add(pp);
        acceptPrePrepare(pp);
    }

    // ------------------------------------------------------------------ normal case

    private void onPrePrepare(NodeId from, PrePrepare p) {
        if (p.view() != view || viewChanging) {
            noteView(from, p.view());
            behind(from, p.block().height());
            return;
        }
        if (!from.equals(p.sender()) || !group.primary(view).equals(p.sender()) || !p.signatureValid(group.keys())) {
            return;
        }
        long h = p.block().height();
        if (h <= height) {
            return;
        }
        if (h > height + 1) {
            buffer(from, p, h);
            return;
        }
        acceptPrePrepare(p);
    }

    private void acceptPrePrepare(PrePrepare p) {
        if (slot.prePrepare != null && slot.prePrepare.view() == p.view()) {
            return;
        }
        if (!has(PbftMisbehaviour.VOTE_FOR_INVALID)) {
            try {
                verifier.verifyProposal(p.block(), headHash);
            } catch (BlockRejectedException e) {
                LOG.debug("{}: rejects proposal of view {}: {}", self, p.view(), e.getMessage());
                ensureViewTimer();
                return;
            }
            for (TransactionEnvelope tx : p.block().transactions()) {
                if (committedTransactions.contains(tx.id())) {
                    LOG.debug("{}: rejects proposal replaying committed transaction {}", self, tx.id());
                    ensureViewTimer();
                    return;
                }
            }
        }
        slot.prePrepare = p;
        ensureViewTimer();
        Prepare mine = Prepare.sign(keys, view, p.block().height(), voteDigest(p.digest()));
        sendVote(mine);
        slot.mine.add(mine);
        recordPrepare(mine);
        checkPrepared();
    }

    /** Misbehaving members name a wrong digest. */
    private Bytes voteDigest(Bytes digest) {
        return has(PbftMisbehaviour.WRONG_DIGEST) ? Sha256.hash(digest.toArray(), new byte[] {1}) : digest;
    }

    private void sendVote(PbftMessage vote) {
        if (has(PbftMisbehaviour.EQUIVOCATE) && !equivocation.isEmpty()) {
            NodeId lastA = null;
            for (Map.Entry<NodeId, PrePrepare> e : equivocation.entrySet()) {
                if (e.getValue() == slot.prePrepare || slot.prePrepare == null) {
                    lastA = e.getKey();
                }
            }
            for (Map.Entry<NodeId, PrePrepare> e : equivocation.entrySet()) {
                if (vote instanceof Commit && e.getValue() == slot.prePrepare && !e.getKey().equals(lastA)) {
                    continue;      // withhold the commit so that only one honest member can commit block A
                }
                Bytes d = e.getValue().digest();
                long h = e.getValue().block().height();
                PbftMessage v = vote instanceof Prepare ? Prepare.sign(keys, view, h, d)
                        : new Commit(view, h, d, self, Blocks.endorse(keys, d).signature());
                send(e.getKey(), v);
            }
            return;
        }
        broadcast(vote);
    }

    private void onPrepare(NodeId from, Prepare p) {
        if (p.view() != view || viewChanging) {
            noteView(from, p.view());
            behind(from, p.height());
            return;
        }
        if (!from.equals(p.sender())) {
            return;
        }
        if (p.height() > height + 1) {
            buffer(from, p, p.height());
            return;
        }
        if (p.height() != height + 1 || !p.signatureValid(group.keys())) {
            return;
        }
        recordPrepare(p);
        checkPrepared();
    }

    private void recordPrepare(Prepare p) {
        Map<Bytes, Map<NodeId, Prepare>> byDigest = slot.prepares.computeIfAbsent(p.view(), v -> new HashMap<>());
        for (Map.Entry<Bytes, Map<NodeId, Prepare>> e : byDigest.entrySet()) {
            if (e.getValue().containsKey(p.sender())) {
                return;
            }
        }
        byDigest.computeIfAbsent(p.digest(), d -> new TreeMap<>()).put(p.sender(), p);
        slot.votes.putIfAbsent(p.sender(), p.digest());
    }

    private int preparesNeeded() {
        return plantedBugSkipPrepareQuorum ? 0 : group.quorum();
    }

    private void checkPrepared() {
        PrePrepare pp = slot.prePrepare;
        if (pp == null || pp.view() != view || slot.commitSentView == view) {
            return;
        }
        Map<NodeId, Prepare> matching = slot.prepares.getOrDefault(view, Map.of()).getOrDefault(pp.digest(), Map.of());
        int needed = preparesNeeded();
        if (matching.size() < needed) {
            return;
        }
        slot.prepared = new PreparedCertificate(pp, new ArrayList<>(matching.values()));
        slot.commitSentView = view;
        Bytes d = voteDigest(pp.digest());
        Commit mine = new Commit(view, pp.block().height(), d, self, Blocks.endorse(keys, d).signature());
        sendVote(mine);
        slot.mine.add(mine);
        recordCommit(mine);
        checkCommitted();
    }

    private void onCommitVote(NodeId from, Commit c) {
        if (c.view() != view || viewChanging) {
            noteView(from, c.view());
            behind(from, c.height());
            return;
        }
        if (!from.equals(c.sender())) {
            return;
        }
        if (c.height() > height + 1) {
            buffer(from, c, c.height());
            return;
        }
        if (c.height() != height + 1
                || !Blocks.endorsementValid(group.keys(), new CommitCertificate.Endorsement(c.sender(), c.endorsement()),
                c.digest())) {
            return;
        }
        recordCommit(c);
        checkCommitted();
    }

    private void recordCommit(Commit c) {
        Map<Bytes, Map<NodeId, Commit>> byDigest = slot.commits.computeIfAbsent(c.view(), v -> new HashMap<>());
        for (Map<NodeId, Commit> m : byDigest.values()) {
            if (m.containsKey(c.sender())) {
                return;
            }
        }
        byDigest.computeIfAbsent(c.digest(), d -> new TreeMap<>()).put(c.sender(), c);
        slot.votes.putIfAbsent(c.sender(), c.digest());
    }

    private void checkCommitted() {
        PreparedCertificate prepared = slot.prepared;
        if (prepared == null || prepared.prePrepare().view() != view) {
            return;
        }
        Bytes digest = prepared.prePrepare().digest();
        Map<NodeId, Commit> matching = slot.commits.getOrDefault(view, Map.of()).getOrDefault(digest, Map.of());
        if (matching.size() < group.quorum()) {
            return;
        }
        List<CommitCertificate.Endorsement> endorsements = new ArrayList<>();
        for (Commit c : matching.values()) {
            endorsements.add(new CommitCertificate.Endorsement(c.sender(), c.endorsement()));
        }
        Block block = Blocks.withCertificate(prepared.prePrepare().block(), new CommitCertificate(endorsements));
        commitBlock(block);
    }

    private void commitBlock(Block block) {
        try {
            store.append(block);
        } catch (RuntimeException e) {
            LOG.error("{}: cannot store block {}: {}", self, block.height(), e.getMessage());
            return;
        }
        Bytes digest = Blocks.hash(block);
        height = block.height();
        headHash = digest;
        headHeader = Optional.of(block.header());
        headCertificate = block.certificate();
        List<Bytes> ids = new ArrayList<>();
        for (TransactionEnvelope tx : block.transactions()) {
            committedTransactions.add(tx.id());
            ids.add(tx.id());
        }
        pending.remove(ids);
        for (Map.Entry<NodeId, Bytes> v : slot.votes.entrySet()) {
            if (v.getValue().equals(digest)) {
                reputation.reward(v.getKey());
            } else {
                reputation.penalise(v.getKey());
            }
        }
        slot = new Slot();
        equivocation.clear();
        viewChangeAttempts = 0;
        cancel(viewTimer);
        viewTimer = null;
        for (Consumer<Block> l : listeners) {
            l.accept(block);
        }
        Decision decision = new Decision(block);
        for (NodeId o : group.observers()) {
            send(o, decision);
        }
        if (block.height() % options.checkpointInterval() == 0) {
            Bytes d = voteDigest(digest);
            Checkpoint cp = new Checkpoint(block.height(), d, self,
                    keys.sign(new Checkpoint(block.height(), d, self, Bytes.EMPTY).signingBytes()));
            broadcast(cp);
            recordCheckpoint(cp);
        }
        ensureViewTimer();
        replayFuture();
        if (newViewSentFor < view && isPrimary() && viewChanging) {
            tryNewView(view);
        }
        maybePropose();
    }

    /** A vote from another view about a height beyond the next one: this member is behind, fetch blocks. */
    private void behind(NodeId from, long messageHeight) {
        if (messageHeight > height + 1) {
            fetchFrom(from);
        }
    }

    private void buffer(NodeId from, PbftMessage m, long h) {
        if (h > height + MAX_BUFFERED_HEIGHTS) {
            fetchFrom(from);
            return;
        }
        future.computeIfAbsent(h, k -> new ArrayList<>()).add(new Inbound(from, m));
        fetchFrom(from);
    }

    private void replayFuture() {
        future.headMap(height + 1).clear();
        List<Inbound> next = future.remove(height + 1);
        if (next != null) {
            for (Inbound i : next) {
                handle(i.from(), i.message());
            }
        }
    }

    // ------------------------------------------------------------------ checkpoints and catch-up

    private void onCheckpoint(NodeId from, Checkpoint c) {
        if (!from.equals(c.sender()) || !c.signatureValid(group.keys()) || c.height() <= stableCheckpoint) {
            return;
        }
        recordCheckpoint(c);
        if (c.height() > height) {
            fetchFrom(from);
        }
    }

    private void recordCheckpoint(Checkpoint c) {
        Set<NodeId> s = checkpoints.computeIfAbsent(c.height(), h -> new HashMap<>())
                .computeIfAbsent(c.digest(), d -> new HashSet<>());
        s.add(c.sender());
        if (s.size() >= group.quorum() && c.height() > stableCheckpoint && c.height() <= height) {
            stableCheckpoint = c.height();
            checkpoints.headMap(stableCheckpoint + 1).clear();
            viewChanges.headMap(view).clear();
            future.headMap(stableCheckpoint + 1).clear();
        }
    }

    private void fetchFrom(NodeId peer) {
        long now = scheduler.clock().millis();
        long window = Math.max(1, options.viewTimeout().toMillis() / 5);
        if (now - lastFetchMillis < window) {
            // rate-limited: remember the need and ask once the window has passed, so no catch-up is lost
            if (deferredFetch == null) {
                deferredFetch = scheduler.schedule(Duration.ofMillis(window - (now - lastFetchMillis)), () -> {
                    deferredFetch = null;
                    fetchFrom(peer);
                });
            }
            return;
        }
        lastFetchMillis = now;
        send(peer, new Fetch(height + 1));
    }

    private void onFetch(NodeId from, Fetch f) {
        if (f.fromHeight() < 0 || f.fromHeight() > height) {
            return;
        }
        List<Block> blocks = new ArrayList<>();
        for (long h = f.fromHeight(); h <= height && blocks.size() < FETCH_BATCH; h++) {
            blocks.add(store.block(h).orElseThrow());
        }
        send(from, new PbftMessage.Blocks(blocks));
    }

    private void onBlocks(NodeId from, PbftMessage.Blocks b) {
        boolean progressed = false;
        for (Block block : b.blocks()) {
            if (block.height() <= height) {
                continue;
            }
            if (block.height() != height + 1) {
                break;
            }
            try {
                verifier.verify(block, headHash);
            } catch (SignatureRejectedException e) {
                LOG.debug("{}: rejects fetched block {} from {}: {}", self, block.height(), from, e.getMessage());
                break;
            }
            commitBlock(block);
            progressed = true;
        }
        if (progressed && b.blocks().size() == FETCH_BATCH) {
            lastFetchMillis = NEVER;
            fetchFrom(from);
        }
    }

    // ------------------------------------------------------------------ view change

    private void ensureViewTimer() {
        if (viewTimer != null || closed) {
            return;
        }
        if (!viewChanging && pending.pendingCount() == 0 && slot.prePrepare == null) {
            return;
        }
        if (viewChanging && viewChanges.getOrDefault(view, Map.of()).size() < group.quorum()) {
            // PBFT liveness rule: wait for q view changes for this view before timing it out, so that a
            // member whose timer fires early does not race ahead of the others view after view
            return;
        }
        long factor = 1L << Math.min(viewChangeAttempts, 3);
        long target = viewChanging ? view : view + 1;
        viewTimer = scheduler.schedule(options.viewTimeout().multipliedBy(factor), () -> {
            viewTimer = null;
            startViewChange(viewChanging ? Math.max(target, view) + 1 : view + 1);
        });
    }

    private void startViewChange(long newView) {
        if (closed || newView <= view && viewChanging) {
            return;
        }
        cancel(viewTimer);
        viewTimer = null;
        cancel(batchTimer);
        batchTimer = null;
        view = newView;
        viewChanging = true;
        viewChangeAttempts++;
        Optional<PreparedCertificate> prepared = Optional.ofNullable(slot.prepared)
                .filter(c -> c.prePrepare().block().height() == height + 1);
        Optional<BlockHeader> claimedHead = headHeader;
        CommitCertificate claimedCertificate = headCertificate;
        if (has(PbftMisbehaviour.EQUIVOCATE) && forgedAlternative != null) {
            // lie by omission: claim the head before the equivocated height and a self-made certificate for B
            long h = forgedAlternative.block().height();
            Optional<Block> before = h == 0 ? Optional.empty() : store.block(h - 1);
            claimedHead = before.map(Block::header);
            claimedCertificate = before.map(Block::certificate).orElse(new CommitCertificate(List.of()));
            prepared = Optional.of(new PreparedCertificate(forgedAlternative, List.of(Prepare.sign(keys,
                    forgedAlternative.view(), h, forgedAlternative.digest()))));
        }
        ViewChange unsigned = new ViewChange(newView, self, claimedHead, claimedCertificate, prepared, Bytes.EMPTY);
        ViewChange vc = new ViewChange(newView, self, claimedHead, claimedCertificate, prepared,
                keys.sign(unsigned.signingBytes()));
        myViewChange = vc;
        broadcast(vc);
        // requests that reached only this member (e.g. during a partition) are re-announced to the group
        List<TransactionEnvelope> waiting = pending.pendingTransactions();
        for (int i = 0; i < Math.min(16, waiting.size()); i++) {
            broadcast(new Request(waiting.get(i)));
        }
        recordViewChange(vc);
        ensureViewTimer();
        if (isPrimary()) {
            tryNewView(newView);
        }
    }

    private void onViewChange(NodeId from, ViewChange vc) {
        if (!from.equals(vc.sender()) || vc.newView() < view || !validViewChange(vc)) {
            if (from.equals(vc.sender()) && vc.newView() < view && lastNewView != null) {
                send(from, lastNewView);
            }
            return;
        }
        recordViewChange(vc);
        if (vc.headHeight() > height) {
            fetchFrom(from);
        }
        if (vc.newView() == view && viewChanging) {
            ensureViewTimer();
        }
        if (vc.newView() > view || (vc.newView() == view && !viewChanging && lastNewView != null
                && lastNewView.view() < vc.newView())) {
            higherViews.put(from, vc.newView());
            long joinable = joinableView();
            if (joinable > view) {
                startViewChange(joinable);
            }
        }
        if (vc.newView() == view && viewChanging && isPrimary()) {
            tryNewView(view);
        }
    }

    /**
     * The view to join when m+1 members (so at least one honest) ask for views beyond ours: the (m+1)-th highest
     * of their latest requests, or -1.
     */
    private long joinableView() {
        Map<NodeId, Long> latest = new TreeMap<>();
        for (Map.Entry<Long, Map<NodeId, ViewChange>> e : viewChanges.tailMap(view + 1).entrySet()) {
            for (NodeId sender : e.getValue().keySet()) {
                latest.merge(sender, e.getKey(), Math::max);
            }
        }
        if (latest.size() < group.tolerated() + 1) {
            return -1;
        }
        List<Long> asked = new ArrayList<>(latest.values());
        asked.sort(Comparator.reverseOrder());
        return asked.get(group.tolerated());
    }

    private void recordViewChange(ViewChange vc) {
        // every view change stays evidence for its own view (needed for that view's quorum) until a new view
        // or a stable checkpoint prunes it
        viewChanges.computeIfAbsent(vc.newView(), v -> new TreeMap<>()).putIfAbsent(vc.sender(), vc);
    }

    private boolean validViewChange(ViewChange vc) {
        if (!group.isMember(vc.sender()) || !vc.signatureValid(group.keys())) {
            return false;
        }
        if (vc.head().isPresent()) {
            BlockHeader h = vc.head().get();
            try {
                group.verifier().verifyCertificate(new Block(h, List.of(), vc.headCertificate()));
            } catch (SignatureRejectedException e) {
                return false;
            }
        }
        return vc.prepared().isEmpty() || (vc.prepared().get().prePrepare().view() < vc.newView()
                && validPrepared(vc.prepared().get(), vc.headHeight()));
    }

    private boolean validPrepared(PreparedCertificate c, long headHeight) {
        PrePrepare pp = c.prePrepare();
        if (pp.block().height() != headHeight + 1 || !group.primary(pp.view()).equals(pp.sender())
                || !pp.signatureValid(group.keys())) {
            return false;
        }
        Bytes d = pp.digest();
        Set<NodeId> signers = new HashSet<>();
        for (Prepare p : c.prepares()) {
            if (p.view() != pp.view() || p.height() != pp.block().height() || !p.digest().equals(d)
                    || !group.isMember(p.sender()) || !p.signatureValid(group.keys())) {
                return false;
            }
            signers.add(p.sender());
        }
        return signers.size() >= preparesNeeded();
    }

    /** What a new-view must contain, derived from the view changes it carries. */
    private record Selection(long maxHeight, Bytes headHash, Optional<PreparedCertificate> reproposal) {
    }

    private Selection select(List<ViewChange> vcs) {
        long maxH = -1;
        Bytes maxHash = Bytes.EMPTY;
        for (ViewChange vc : vcs) {
            if (vc.headHeight() > maxH) {
                maxH = vc.headHeight();
                maxHash = Blocks.hash(vc.head().orElseThrow());
            }
        }
        PreparedCertificate best = null;
        for (ViewChange vc : vcs) {
            if (vc.prepared().isEmpty()) {
                continue;
            }
            PreparedCertificate c = vc.prepared().get();
            Block b = c.prePrepare().block();
            if (b.height() != maxH + 1 || !b.header().previousHash().equals(maxHash)) {
                continue;
            }
            if (best == null || c.prePrepare().view() > best.prePrepare().view()
                    || (c.prePrepare().view() == best.prePrepare().view()
                    && c.prePrepare().digest().compareTo(best.prePrepare().digest()) < 0)) {
                best = c;
            }
        }
        return new Selection(maxH, maxHash, Optional.ofNullable(best));
    }

    private void tryNewView(long nv) {
        if (newViewSentFor >= nv || !viewChanging || view != nv) {
            return;
        }
        Map<NodeId, ViewChange> got = viewChanges.getOrDefault(nv, Map.of());
        if (got.size() < group.quorum()) {
            return;
        }
        List<ViewChange> vcs = new ArrayList<>(got.values()).subList(0, group.quorum());
        Selection s = select(vcs);
        if (height < s.maxHeight()) {
            for (ViewChange vc : vcs) {
                if (vc.headHeight() == s.maxHeight()) {
                    lastFetchMillis = NEVER;
                    fetchFrom(vc.sender());
                }
            }
            return;
        }
        Optional<PrePrepare> pp;
        if (s.reproposal().isPresent()) {
            pp = Optional.of(PrePrepare.sign(keys, nv, s.reproposal().get().prePrepare().block()));
        } else {
            List<TransactionEnvelope> txs = pending.cutNow(options.maxMessageCount());
            pp = txs.isEmpty() ? Optional.empty()
                    : Optional.of(PrePrepare.sign(keys, nv, Blocks.propose(keys, height + 1, headHash, txs,
                    scheduler.clock().millis())));
        }
        NewView unsigned = new NewView(nv, self, vcs, pp, Bytes.EMPTY);
        NewView msg = new NewView(nv, self, vcs, pp, keys.sign(unsigned.signingBytes()));
        newViewSentFor = nv;
        myNewView = msg;
        pp.ifPresent(slot.mine::add);
        broadcast(msg);
        onNewView(self, msg);
    }

    private void onNewView(NodeId from, NewView n) {
        if (!from.equals(n.sender()) || !group.primary(n.view()).equals(n.sender()) || n.view() < view
                || (n.view() == view && !viewChanging) || !n.signatureValid(group.keys())) {
            return;
        }
        Set<NodeId> senders = new HashSet<>();
        for (ViewChange vc : n.viewChanges()) {
            if (vc.newView() != n.view() || !validViewChange(vc)) {
                return;
            }
            senders.add(vc.sender());
        }
        if (senders.size() < group.quorum()) {
            return;
        }
        Selection s = select(n.viewChanges());
        if (s.reproposal().isPresent()) {
            if (n.prePrepare().isEmpty()
                    || !n.prePrepare().get().digest().equals(s.reproposal().get().prePrepare().digest())) {
                LOG.debug("{}: new view {} ignores the prepared block it must re-propose", self, n.view());
                return;
            }
        }
        if (n.prePrepare().isPresent()) {
            PrePrepare pp = n.prePrepare().get();
            if (pp.view() != n.view() || !pp.sender().equals(n.sender()) || !pp.signatureValid(group.keys())
                    || pp.block().height() != s.maxHeight() + 1
                    || !pp.block().header().previousHash().equals(s.headHash())) {
                return;
            }
        }
        cancel(viewTimer);
        viewTimer = null;
        view = n.view();
        viewChanging = false;
        lastNewView = n;
        higherViews.clear();
        viewChanges.headMap(view + 1).clear();
        if (slot.prePrepare != null && slot.prePrepare.view() != view) {
            slot.prePrepare = null;
        }
        if (height < s.maxHeight()) {
            for (ViewChange vc : n.viewChanges()) {
                if (vc.headHeight() == s.maxHeight()) {
                    lastFetchMillis = NEVER;
                    fetchFrom(vc.sender());
                    break;
                }
            }
        }
        n.prePrepare().ifPresent(pp -> {
            if (pp.block().height() == height + 1) {
                acceptPrePrepare(pp);
            } else if (pp.block().height() > height + 1) {
                future.computeIfAbsent(pp.block().height(), k -> new ArrayList<>()).add(new Inbound(n.sender(), pp));
            }
        });
        ensureViewTimer();
        maybePropose();
    }

    /** Learns that peers are in a later view; asks them for the new-view that started it. */
    private void noteView(NodeId from, long theirView) {
        if (theirView <= view) {
            return;
        }
        higherViews.put(from, theirView);
        long count = higherViews.values().stream().filter(v -> v > view).count();
        long now = scheduler.clock().millis();
        if (count >= group.tolerated() + 1 && now - lastViewQueryMillis >= options.viewTimeout().toMillis() / 5) {
            lastViewQueryMillis = now;
            for (Map.Entry<NodeId, Long> e : higherViews.entrySet()) {
                if (e.getValue() > view) {
                    send(e.getKey(), new ViewQuery(view));
                }
            }
        }
    }

    private static void cancel(Scheduler.Timer t) {
        if (t != null) {
            t.cancel();
        }
    }

    @Override
    public String toString() {
        return "PbftReplica[" + self + ", view " + view + (viewChanging ? " (changing)" : "") + ", height " + height
                + ", pending " + pending.pendingCount() + ", slot " + (slot.prePrepare == null ? "-"
                : "v" + slot.prePrepare.view() + (slot.prepared != null ? " prepared" : "")) + ", vcs "
                + viewChanges.keySet() + "]";
    }
}
