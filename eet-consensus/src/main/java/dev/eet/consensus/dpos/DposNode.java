package dev.eet.consensus.dpos;

import dev.eet.api.EetException;
import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.CommitCertificate;
import dev.eet.api.consensus.ConsensusProtocol;
import dev.eet.api.consensus.ElectionResult;
import dev.eet.api.consensus.LedgerStore;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.consensus.Transport;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.crypto.KeyDirectory;
import dev.eet.consensus.crypto.NodeKeys;
import dev.eet.consensus.ledger.BlockVerifier;
import dev.eet.consensus.ledger.Blocks;
import dev.eet.consensus.ledger.CertificateRule;
import dev.eet.consensus.ledger.Transactions;
import dev.eet.consensus.runtime.Scheduler;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One node of a DPoS chain (consensus.md section 3).
 *
 * <ul>
 *   <li><b>Schedule.</b> Time is cut into slots ({@link DposSettings#slotAt}); slot {@code s} belongs to
 *       {@code active[s mod K]} of the {@link DelegateRoster}. At the start of its slot the owner packs pending
 *       transactions into a signed block on top of its head and sends it to every node.</li>
 *   <li><b>Majority validation.</b> Every node checks a proposal (height and previous hash, slot after the
 *       parent's and not in the future, proposer = the slot's owner, Merkle root, transaction and proposer
 *       signatures, no transaction committed before, re-admissions signed by the operator) and, if valid and it
 *       has not endorsed another block at that height, endorses it to every node. A block endorsed by more than
 *       half of the nodes ({@link DposSettings#quorum()}) is committed with those endorsements as its
 *       certificate. Because every node endorses at most one block per height and two majorities intersect, no
 *       two different blocks are ever committed at one height.</li>
 *   <li><b>Eviction.</b> When a block at slot {@code s} commits on top of a parent at slot {@code p}, the owners
 *       of slots {@code p+1 .. s-1} missed their slots (they crashed, stayed silent, or their block failed
 *       majority validation) and are evicted in slot order, each replaced by the best standby. This is derived
 *       from the committed chain alone, so every node evicts the same delegates; the reason each node records
 *       says whether it saw an invalid block for that slot.</li>
 *   <li><b>Re-admission.</b> An evicted node returns (at the end of the standby queue) when a
 *       {@code dpos-readmit} transaction signed by the operator commits ({@link #readmission}).</li>
 * </ul>
 * All state is touched on the scheduler's event thread only. On start the node rebuilds its roster by replaying
 * its store, so a restarted node resumes where it stopped. A node that falls more than one block behind is not
 * brought up to date by this class (no state transfer).
 */
public final class DposNode implements ConsensusProtocol {
    /** Transaction type of the operator's re-admissions; the payload is the node id in UTF-8. */
    public static final String READMIT = "dpos-readmit";

    private final DposSettings settings;
    private final NodeKeys keys;
    private final KeyDirectory directory;
    private final Transport transport;
    private final Scheduler scheduler;
    private final LedgerStore store;
    private final BlockVerifier proposalVerifier;
    private final BlockVerifier commitVerifier;
    private final ElectionResult election;
    private final List<Consumer<Block>> listeners = new CopyOnWriteArrayList<>();
    private final List<BiConsumer<NodeId, String>> evictionListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<NodeId>> readmissionListeners = new CopyOnWriteArrayList<>();

    private DelegateRoster roster;
    private Bytes headHash = Bytes.EMPTY;
    private long headSlot = -1;
    private volatile long height = -1;
    private final Set<Bytes> committedTransactions = new HashSet<>();
    private final Map<Bytes, TransactionEnvelope> pool = new LinkedHashMap<>();
    private final Map<Long, Bytes> endorsedAt = new HashMap<>();
    private final Map<Bytes, Block> proposals = new HashMap<>();
    private final Map<Bytes, Map<NodeId, CommitCertificate.Endorsement>> votes = new HashMap<>();
    private final Map<Long, String> invalidSlots = new TreeMap<>();
    private Scheduler.Timer timer;
    private boolean running;

    /**
     * @param settings the chain's shared parameters
     * @param keys this node's key pair
     * @param directory every node's and the operator's public keys, and those of transaction senders
     * @param transport this node's transport
     * @param scheduler this node's event loop and clock
     * @param store this node's ledger
     * @param election the election that chose the delegates (schedule order) and standbys
     */
    public DposNode(DposSettings settings, NodeKeys keys, KeyDirectory directory, Transport transport,
                    Scheduler scheduler, LedgerStore store, ElectionResult election) {
        this.settings = settings;
        this.keys = keys;
        this.directory = directory;
        this.transport = transport;
        this.scheduler = scheduler;
        this.store = store;
        this.election = election;
        this.proposalVerifier = new BlockVerifier(directory, CertificateRule.none());
        this.commitVerifier = new BlockVerifier(directory, CertificateRule.quorum(settings.nodes(), settings.quorum()));
        this.roster = DelegateRoster.of(election);
    }

    /**
     * @param operator the operator's keys
     * @param node the node to re-admit
     * @param nonce the operator's next nonce
     * @param timestamp epoch milliseconds
     * @return the signed re-admission, to {@link #submit}
     */
    public static TransactionEnvelope readmission(NodeKeys operator, NodeId node, long nonce, long timestamp) {
        return Transactions.sign(operator, READMIT, Bytes.of(node.value().getBytes(StandardCharsets.UTF_8)), nonce,
                timestamp);
    }

    @Override
    public String name() {
        return "dpos";
    }

    @Override
    public void start() {
        scheduler.execute(() -> {
            rebuild();
            running = true;
            transport.onMessage((from, message) -> scheduler.execute(() -> receive(from, message)));
            scheduleTick();
        });
    }

    @Override
    public void submit(TransactionEnvelope transaction) {
        Transactions.verify(transaction, directory);
        scheduler.execute(() -> {
            if (admit(transaction)) {
                broadcast(new DposMessage.Submit(transaction));
            }
        });
    }

    @Override
    public void onCommit(Consumer<Block> listener) {
        listeners.add(listener);
    }

    /**
     * Reports evictions as the chain decides them (also while replaying the store on start), e.g. to mark the
     * node in a {@link dev.eet.consensus.election.Quarantine} so that later elections exclude it:
     * {@code node.onEviction(quarantine::mark)}.
     *
     * @param listener called with the evicted delegate and the reason
     */
    public void onEviction(BiConsumer<NodeId, String> listener) {
        evictionListeners.add(listener);
    }

    /**
     * Reports the operator's committed re-admissions, e.g. {@code node.onReadmission(quarantine::readmit)}.
     *
     * @param listener called with the re-admitted node
     */
    public void onReadmission(Consumer<NodeId> listener) {
        readmissionListeners.add(listener);
    }

    @Override
    public long committedHeight() {
        return height;
    }

    /**
     * A snapshot for tests and monitoring; call from the event thread (or when the network is idle).
     *
     * @return a copy of the current roster
     */
    public DelegateRoster roster() {
        return roster.copy();
    }

    @Override
    public void close() {
        running = false;
        if (timer != null) {
            timer.cancel();
        }
    }

    // ---- event thread -------------------------------------------------------------------------------------

    private void rebuild() {
        roster = DelegateRoster.of(election);
        headHash = Bytes.EMPTY;
        headSlot = -1;
        committedTransactions.clear();
        for (long h = 0; h <= store.height(); h++) {
            Block b = store.block(h).orElseThrow(() -> new IllegalStateException("store lost a block"));
            apply(b);
        }
        height = store.height();
    }

    private void scheduleTick() {
        long now = scheduler.clock().millis();
        long next = settings.slotStart(Math.max(0, settings.slotAt(now) + 1));
        timer = scheduler.schedule(Duration.ofMillis(Math.max(0, next - now)), this::tick);
    }

    private void tick() {
        if (!running) {
            return;
        }
        long now = scheduler.clock().millis();
        long slot = settings.slotAt(now);
        if (slot > headSlot && expectedProducer(slot).filter(keys.node()::equals).isPresent()) {
            produce(slot, now);
        }
        scheduleTick();
    }

    private void produce(long slot, long now) {
        long h = height + 1;
        Bytes locked = endorsedAt.get(h);
        if (locked != null && proposals.containsKey(locked)) {
            broadcast(new DposMessage.Proposal(proposals.get(locked)));   // keep pushing the block we endorsed
            return;
        }
        List<TransactionEnvelope> txs = new ArrayList<>();
        for (TransactionEnvelope tx : pool.values()) {
            if (txs.size() == settings.maxTransactionsPerBlock()) {
                break;
            }
            if (readmissionValid(tx).isEmpty()) {
                txs.add(tx);
            }
        }
        Block block = Blocks.propose(keys, h, headHash, txs, now);
        broadcast(new DposMessage.Proposal(block));
        onProposal(block);
    }

    private void receive(NodeId from, Bytes message) {
        if (!running) {
            return;
        }
        DposMessage m;
        try {
            m = DposMessage.decode(message);
        } catch (EetException | IllegalArgumentException e) {
            return;                                                        // malformed: drop
        }
        if (m instanceof DposMessage.Submit s) {
            if (Transactions.isValid(s.transaction(), directory)) {
                admit(s.transaction());
            }
        } else if (m instanceof DposMessage.Proposal p) {
            onProposal(p.block());
        } else if (m instanceof DposMessage.Vote v) {
            if (v.endorsement().node().equals(from)) {
                onVote(v);
            }
        } else if (m instanceof DposMessage.Committed c) {
            onCommitted(c.block());
        }
    }

    private boolean admit(TransactionEnvelope tx) {
        if (committedTransactions.contains(tx.id()) || pool.containsKey(tx.id())) {
            return false;
        }
        pool.put(tx.id(), tx);
        return true;
    }

    private void onProposal(Block block) {
        if (block.height() != height + 1) {
            return;                                                        // stale, or we are behind
        }
        long slot = settings.slotAt(block.header().timestamp());
        if (slot <= headSlot || slot < 0) {
            return;
        }
        Optional<NodeId> owner = expectedProducer(slot);
        if (owner.isEmpty() || !owner.get().equals(block.header().proposer())
                || !Blocks.proposerSignatureValid(block.header(), directory)) {
            return;                                                        // not the slot owner's: not its fault
        }
        Optional<String> invalid = validate(block, slot);
        if (invalid.isPresent()) {
            invalidSlots.put(slot, invalid.get());
            return;
        }
        Bytes hash = Blocks.hash(block.header());
        proposals.put(hash, block);
        if (!endorsedAt.containsKey(block.height())) {
            endorsedAt.put(block.height(), hash);
            DposMessage.Vote vote = new DposMessage.Vote(block.height(), hash, Blocks.endorse(keys, hash));
            broadcast(vote);
            onVote(vote);
        }
        tryCommit(hash);
    }

    private Optional<String> validate(Block block, long slot) {
        if (slot > settings.slotAt(scheduler.clock().millis())) {
            return Optional.of("block timestamp lies in a future slot " + slot);
        }
        if (block.transactions().size() > settings.maxTransactionsPerBlock()) {
            return Optional.of("block holds " + block.transactions().size() + " transactions, at most "
                    + settings.maxTransactionsPerBlock() + " allowed");
        }
        try {
            proposalVerifier.verifyProposal(block, headHash);
        } catch (EetException e) {
            return Optional.of(e.getMessage());
        }
        for (TransactionEnvelope tx : block.transactions()) {
            if (committedTransactions.contains(tx.id())) {
                return Optional.of("transaction " + tx.id().toHex() + " was committed before");
            }
            Optional<String> bad = readmissionValid(tx);
            if (bad.isPresent()) {
                return bad;
            }
        }
        return Optional.empty();
    }

    private Optional<String> readmissionValid(TransactionEnvelope tx) {
        if (!tx.type().equals(READMIT)) {
            return Optional.empty();
        }
        if (!tx.sender().equals(settings.operator())) {
            return Optional.of("re-admission " + tx.id().toHex() + " is not from the operator " + settings.operator());
        }
        String node = new String(tx.payload().toArray(), StandardCharsets.UTF_8);
        if (node.isBlank()) {
            return Optional.of("re-admission " + tx.id().toHex() + " names no node");
        }
        return Optional.empty();
    }

    private void onVote(DposMessage.Vote v) {
        if (v.height() != height + 1 || !settings.nodes().contains(v.endorsement().node())
                || !Blocks.endorsementValid(directory, v.endorsement(), v.blockHash())) {
            return;
        }
        votes.computeIfAbsent(v.blockHash(), k -> new TreeMap<>()).putIfAbsent(v.endorsement().node(), v.endorsement());
        tryCommit(v.blockHash());
    }

    private void tryCommit(Bytes hash) {
        Block block = proposals.get(hash);
        Map<NodeId, CommitCertificate.Endorsement> endorsements = votes.get(hash);
        if (block == null || endorsements == null || endorsements.size() < settings.quorum()) {
            return;
        }
        List<CommitCertificate.Endorsement> certificate = new ArrayList<>(endorsements.values())
                .subList(0, settings.quorum());
        Block committed = Blocks.withCertificate(block, new CommitCertificate(certificate));
        commit(committed);
        broadcast(new DposMessage.Committed(committed));
    }

    private void onCommitted(Block block) {
        if (block.height() != height + 1) {
            return;
        }
        long slot = settings.slotAt(block.header().timestamp());
        if (slot <= headSlot || expectedProducer(slot).filter(block.header().proposer()::equals).isEmpty()) {
            return;
        }
        try {
            commitVerifier.verify(block, headHash);
        } catch (EetException e) {
            return;
        }
        commit(block);
    }

    private void commit(Block block) {
        store.append(block);
        apply(block);
        height = block.height();
        for (Consumer<Block> l : listeners) {
            l.accept(block);
        }
    }

    /** Advances the head: evictions for the slots the block skipped, re-admissions, bookkeeping. */
    private void apply(Block block) {
        long slot = settings.slotAt(block.header().timestamp());
        evictSkipped(roster, headSlot, slot, true);
        for (TransactionEnvelope tx : block.transactions()) {
            committedTransactions.add(tx.id());
            pool.remove(tx.id());
            if (tx.type().equals(READMIT) && tx.sender().equals(settings.operator())) {
                NodeId node = NodeId.of(new String(tx.payload().toArray(), StandardCharsets.UTF_8));
                if (roster.readmit(node)) {
                    readmissionListeners.forEach(l -> l.accept(node));
                }
            }
        }
        headHash = Blocks.hash(block.header());
        headSlot = slot;
        endorsedAt.remove(block.height());
        proposals.clear();
        votes.clear();
        invalidSlots.keySet().removeIf(s -> s <= slot);
    }

    private void evictSkipped(DelegateRoster r, long parentSlot, long slot, boolean withReasons) {
        for (long q = parentSlot + 1; q < slot && !r.active().isEmpty(); q++) {
            NodeId owner = r.producerOf(q).orElseThrow();
            String reason = !withReasons ? "missed slot " + q : invalidSlots.containsKey(q)
                    ? "block for slot " + q + " failed majority validation: " + invalidSlots.get(q)
                    : "missed slot " + q + " (no block was committed in it)";
            r.evict(owner, reason);
            if (withReasons) {
                evictionListeners.forEach(l -> l.accept(owner, reason));
            }
        }
    }

    private Optional<NodeId> expectedProducer(long slot) {
        DelegateRoster r = roster.copy();
        evictSkipped(r, headSlot, slot, false);
        return r.producerOf(slot);
    }

    private void broadcast(DposMessage m) {
        Bytes frame = DposMessage.encode(m);
        for (NodeId peer : settings.nodes()) {
            if (!peer.equals(keys.node())) {
                transport.send(peer, frame);
            }
        }
    }
}
