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
 *       has not voted in the current round of that height, endorses it (signing block hash and round) to every
 *       node. A block endorsed in one round by more than half of the nodes ({@link DposSettings#quorum()}) is
 *       committed with those endorsements as its certificate. Because every node votes at most once per round
 *       and two majorities intersect, no two different blocks reach a majority in one round.</li>
 *   <li><b>Rounds.</b> When lost messages, a partition or an equivocating delegate split the votes of a round so
 *       that no block can reach the majority any more (its votes plus the nodes that have not voted fall short: the
 *       round is <em>dead</em>), every node that sees this moves to the next round and votes for the valid
 *       proposal of the latest slot it knows; the next slot owner proposes anew if it has not voted. A round in
 *       which a block committed can never be seen dead, so no later round commits another block. Nodes re-send
 *       their votes (and the voted blocks) every slot until the height commits.</li>
 *   <li><b>Eviction.</b> When a block at slot {@code s} commits on top of a parent at slot {@code p}, the owners
 *       of slots {@code p+1 .. s-1} missed their slots (they crashed, stayed silent, or their block failed
 *       majority validation) and are evicted in slot order, each replaced by the best standby. This is derived
 *       from the committed chain alone, so every node evicts the same delegates; the reason each node records
 *       says whether it saw an invalid block for that slot.</li>
 *   <li><b>Re-admission.</b> An evicted node returns (at the end of the standby queue) when a
 *       {@code dpos-readmit} transaction signed by the operator commits ({@link #readmission}).</li>
 * </ul>
 *   <li><b>Catch-up (state transfer).</b> A node that hears of a height beyond its next one (a proposal, vote or
 *       committed block from a peer that is ahead, after loss, a partition or a restart) asks that peer for the
 *       blocks it lacks ({@link DposMessage.FetchBlocks}, at most one request per slot); the peer answers with up
 *       to {@link DposMessage#MAX_RANGE} committed blocks, and the node verifies each one exactly as a
 *       committed block (slot after its head's, proposer = the slot's owner under the chain's own evictions,
 *       signatures, Merkle root, majority certificate) before applying it, asking again until it is level.</li>
 * </ul>
 * All state is touched on the scheduler's event thread only. On start the node rebuilds its roster by replaying
 * its store, so a restarted node resumes where it stopped and then catches up from its peers.
 */
public final class DposNode implements ConsensusProtocol {
    /** Transaction type of the operator's re-admissions; the payload is the node id in UTF-8. */
    public static final String READMIT = "dpos-readmit";
    /** Votes for rounds further ahead of a node's own round than this are ignored (bounded memory). */
    private static final long MAX_ROUNDS_AHEAD = 64;
    /** Slots without a commit after which a node asks its peers for newer blocks. */
    private static final long IDLE_SLOTS = 3;

    private final DposSettings settings;
    private final NodeKeys keys;
    private final KeyDirectory directory;
    private final Transport transport;
    private final Scheduler scheduler;
    private final LedgerStore store;
    private final BlockVerifier proposalVerifier;
    private final BlockVerifier commitVerifier;
    private final ElectionResult election;
    private final VoteJournal journal;
    private final List<Consumer<Block>> listeners = new CopyOnWriteArrayList<>();
    private final List<BiConsumer<NodeId, String>> evictionListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<NodeId>> readmissionListeners = new CopyOnWriteArrayList<>();

    private DelegateRoster roster;
    private Bytes headHash = Bytes.EMPTY;
    private long headSlot = -1;
    private volatile long height = -1;
    private final Set<Bytes> committedTransactions = new HashSet<>();
    private final Map<Bytes, TransactionEnvelope> pool = new LinkedHashMap<>();
    /** Voting round at the next height. */
    private long round;
    /** This node's votes at the next height, by round. */
    private final TreeMap<Long, DposMessage.Vote> mine = new TreeMap<>();
    /** What each node voted at the next height, by round (first vote per node and round counts). */
    private final Map<Long, Map<NodeId, Bytes>> ballots = new HashMap<>();
    private final Map<Bytes, Block> proposals = new HashMap<>();
    /** Endorsements at the next height, by round, then block hash. */
    private final Map<Long, Map<Bytes, Map<NodeId, CommitCertificate.Endorsement>>> votes = new HashMap<>();
    private final Map<Long, String> invalidSlots = new TreeMap<>();
    private Scheduler.Timer timer;
    private boolean running;
    private long lastFetchMillis = Long.MIN_VALUE / 2;
    private long fetchedFrom = -1;
    private long lastProgressMillis = Long.MIN_VALUE / 2;
    private final Map<NodeId, Long> pushedAt = new HashMap<>();

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
        this(settings, keys, directory, transport, scheduler, store, election, VoteJournal.inMemory());
    }

    /**
     * @param settings the chain's shared parameters
     * @param keys this node's key pair
     * @param directory every node's and the operator's public keys, and those of transaction senders
     * @param transport this node's transport
     * @param scheduler this node's event loop and clock
     * @param store this node's ledger
     * @param election the election that chose the delegates (schedule order) and standbys
     * @param journal where this node's votes are kept across restarts (as durable as the store: a restarted node
     *                with a fresh journal could vote twice in one round)
     */
    public DposNode(DposSettings settings, NodeKeys keys, KeyDirectory directory, Transport transport,
                    Scheduler scheduler, LedgerStore store, ElectionResult election, VoteJournal journal) {
        this.journal = journal;
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
            lastProgressMillis = scheduler.clock().millis();
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

    /**
     * A one-line description of the protocol state for failure reports; call from the event thread (or when the
     * network is idle).
     *
     * @return height, head slot, round, own votes and ballots of the next height
     */
    public String describe() {
        StringBuilder b = new StringBuilder("height ").append(height).append(" headSlot ").append(headSlot)
                .append(" round ").append(round).append(" producerNow ").append(expectedProducer(settings.slotAt(scheduler.clock().millis()))).append(" running ").append(running).append(" active ").append(roster.active()).append(" standbys ").append(roster.standbys()).append(" proposals ").append(proposals.size()).append(" ballots {");
        for (Map.Entry<Long, Map<NodeId, Bytes>> e : new TreeMap<>(ballots).entrySet()) {
            b.append(e.getKey()).append(':');
            new TreeMap<>(e.getValue()).forEach((n, h) -> b.append(n).append('=').append(h.toHex(), 0, 6).append(','));
            b.append(' ');
        }
        return b.append('}').toString();
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
        } else {
            repeatEndorsement();
        }
        askWhenIdle(now);
        scheduleTick();
    }

    private void produce(long slot, long now) {
        DposMessage.Vote voted = mine.get(round);
        if (voted != null) {
            repeatEndorsement();                                           // keep pushing the block we endorsed
            return;
        }
        long h = height + 1;
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

    /**
     * Once per slot, a node that voted at its next height, which has not committed yet, sends the blocks and its
     * votes of every round again, so that lost proposals and votes cannot stall the chain and every node can see
     * when a round is dead.
     */
    private void repeatEndorsement() {
        Set<Bytes> sent = new HashSet<>();
        for (DposMessage.Vote v : mine.values()) {
            Block block = proposals.get(v.blockHash());
            if (block != null && sent.add(v.blockHash())) {
                broadcast(new DposMessage.Proposal(block));
            }
            broadcast(v);
        }
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
            behind(from, p.block().height());
            ahead(from, p.block().height());
            onProposal(p.block());
        } else if (m instanceof DposMessage.Vote v) {
            behind(from, v.height());
            ahead(from, v.height());
            if (v.endorsement().node().equals(from)) {
                onVote(v);
            }
        } else if (m instanceof DposMessage.Committed c) {
            behind(from, c.block().height());
            onCommitted(c.block());
        } else if (m instanceof DposMessage.FetchBlocks f) {
            serveFetch(from, f.fromHeight());
        } else if (m instanceof DposMessage.BlockRange r) {
            onBlockRange(from, r.blocks());
        }
    }

    /**
     * A node that has committed nothing for {@link #IDLE_SLOTS} slots asks every peer for blocks after its head
     * (at most once per {@link #IDLE_SLOTS} slots): a node can be behind while nobody speaks of a later height, e.g.
     * when the only producer left in its peers' schedule is itself, lagging.
     */
    private void askWhenIdle(long now) {
        long idle = IDLE_SLOTS * settings.slot().toMillis();
        if (now - lastProgressMillis < idle || now - lastFetchMillis < idle) {
            return;
        }
        fetchedFrom = height + 1;
        lastFetchMillis = now;
        broadcast(new DposMessage.FetchBlocks(height + 1));
    }

    /** A peer spoke of {@code peerHeight}: when that is beyond our next height, fetch what we lack from it. */
    private void behind(NodeId peer, long peerHeight) {
        if (peerHeight <= height + 1 || !settings.nodes().contains(peer)) {
            return;
        }
        long now = scheduler.clock().millis();
        if (fetchedFrom == height + 1 && now - lastFetchMillis < settings.slot().toMillis()) {
            return;                                                        // one request per slot and height
        }
        fetchedFrom = height + 1;
        lastFetchMillis = now;
        transport.send(peer, DposMessage.encode(new DposMessage.FetchBlocks(height + 1)));
    }

    /**
     * A peer proposed or voted at {@code peerNext}, a height we have committed already: it is behind (and may be
     * the only producer left, so nobody else would ever speak of a later height to it). Push it the blocks it
     * lacks, at most once per slot per peer.
     */
    private void ahead(NodeId peer, long peerNext) {
        if (peerNext > height || !settings.nodes().contains(peer)) {
            return;
        }
        long now = scheduler.clock().millis();
        Long last = pushedAt.get(peer);
        if (last != null && now - last < settings.slot().toMillis()) {
            return;
        }
        pushedAt.put(peer, now);
        serveFetch(peer, peerNext);
    }

    private void serveFetch(NodeId peer, long fromHeight) {
        long top = store.height();
        if (fromHeight < 0 || fromHeight > top || !settings.nodes().contains(peer)) {
            return;
        }
        List<Block> range = new ArrayList<>();
        for (long h = fromHeight; h <= top && range.size() < DposMessage.MAX_RANGE; h++) {
            range.add(store.block(h).orElseThrow(() -> new IllegalStateException("store lost a block")));
        }
        transport.send(peer, DposMessage.encode(new DposMessage.BlockRange(range)));
    }

    private void onBlockRange(NodeId peer, List<Block> blocks) {
        long before = height;
        for (Block b : blocks) {
            if (b.height() <= height) {
                continue;
            }
            if (b.height() != height + 1 || !onCommitted(b)) {
                break;                                                     // a gap or an invalid block: stop here
            }
        }
        if (height > before && blocks.size() == DposMessage.MAX_RANGE) {
            fetchedFrom = height + 1;
            lastFetchMillis = scheduler.clock().millis();
            transport.send(peer, DposMessage.encode(new DposMessage.FetchBlocks(height + 1)));   // there is more
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
        if (!mine.containsKey(round)) {
            endorse(hash);
        }
        for (Long r : new ArrayList<>(votes.keySet())) {
            if (tryCommit(r, hash)) {
                return;
            }
        }
    }

    /** Votes for a block in the current round (at most once per round) and tells every node. */
    private void endorse(Bytes hash) {
        long h = height + 1;
        Bytes choice = journal.voted(h, round).orElse(hash);           // before a restart we may have voted here
        journal.record(h, round, choice);                              // durable before it is sent
        DposMessage.Vote vote = new DposMessage.Vote(h, round, choice, Blocks.endorse(keys, choice, round));
        mine.put(round, vote);
        broadcast(vote);
        onVote(vote);
    }

    /**
     * Round {@code r} is dead when no block can reach the quorum in it any more: for every block, its votes plus
     * the nodes that have not voted in {@code r} fall short. Each honest node votes once per round, so a round in
     * which a block committed is never dead, and a node moves to round {@code r + 1} only over a dead round: two
     * rounds never both commit (consensus.md section 3; the proof is in the README).
     */
    private boolean dead(long r) {
        Map<NodeId, Bytes> b = ballots.getOrDefault(r, Map.of());
        Map<Bytes, Integer> counts = new HashMap<>();
        int best = 0;
        for (Bytes hash : b.values()) {
            best = Math.max(best, counts.merge(hash, 1, Integer::sum));
        }
        return best + (settings.nodes().size() - b.size()) < settings.quorum();
    }

    /** Moves past dead rounds; in a new round votes for the known valid proposal of the latest slot. */
    private void advanceRounds() {
        boolean moved = false;
        while (dead(round)) {
            round++;
            moved = true;
        }
        if (!moved || mine.containsKey(round)) {
            return;
        }
        Block latest = null;
        for (Block p : proposals.values()) {
            if (latest == null || p.header().timestamp() > latest.header().timestamp()
                    || (p.header().timestamp() == latest.header().timestamp()
                    && Blocks.hash(p.header()).toHex().compareTo(Blocks.hash(latest.header()).toHex()) > 0)) {
                latest = p;
            }
        }
        if (latest != null) {
            endorse(Blocks.hash(latest.header()));
        }
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
        NodeId voter = v.endorsement().node();
        if (v.height() != height + 1 || v.round() < 0 || v.round() > round + MAX_ROUNDS_AHEAD
                || !settings.nodes().contains(voter)) {
            return;
        }
        Map<NodeId, Bytes> b = ballots.computeIfAbsent(v.round(), r -> new HashMap<>());
        if (b.containsKey(voter)
                || !Blocks.endorsementValid(directory, v.endorsement(), v.blockHash(), v.round())) {
            return;                                                        // counted already, or forged
        }
        b.put(voter, v.blockHash());
        votes.computeIfAbsent(v.round(), r -> new HashMap<>()).computeIfAbsent(v.blockHash(), k -> new TreeMap<>())
                .put(voter, v.endorsement());
        if (!tryCommit(v.round(), v.blockHash())) {
            advanceRounds();
        }
    }

    private boolean tryCommit(long r, Bytes hash) {
        Block block = proposals.get(hash);
        Map<NodeId, CommitCertificate.Endorsement> endorsements = votes.getOrDefault(r, Map.of()).get(hash);
        if (block == null || endorsements == null || endorsements.size() < settings.quorum()) {
            return false;
        }
        List<CommitCertificate.Endorsement> certificate = new ArrayList<>(endorsements.values())
                .subList(0, settings.quorum());
        Block committed = Blocks.withCertificate(block, new CommitCertificate(certificate, r));
        commit(committed);
        broadcast(new DposMessage.Committed(committed));
        return true;
    }

    /** @return whether the block was valid and is now committed here */
    private boolean onCommitted(Block block) {
        if (block.height() != height + 1) {
            return false;
        }
        long slot = settings.slotAt(block.header().timestamp());
        if (slot <= headSlot || expectedProducer(slot).filter(block.header().proposer()::equals).isEmpty()) {
            return false;
        }
        try {
            commitVerifier.verify(block, headHash);
        } catch (EetException e) {
            return false;
        }
        for (TransactionEnvelope tx : block.transactions()) {
            if (committedTransactions.contains(tx.id())) {
                return false;
            }
        }
        commit(block);
        return true;
    }

    private void commit(Block block) {
        lastProgressMillis = scheduler.clock().millis();
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
        round = 0;
        journal.prune(block.height());
        mine.clear();
        ballots.clear();
        proposals.clear();
        votes.clear();
        invalidSlots.keySet().removeIf(s -> s <= slot);
    }

    /**
     * Evicts the owners of the slots strictly between a block's parent and the block. Slots before the chain's
     * first block are not missed (the chain was not running), and the loop stops when only the last delegate is
     * left (it is never evicted), so a long halt costs at most one pass over the roster.
     */
    private void evictSkipped(DelegateRoster r, long parentSlot, long slot, boolean withReasons) {
        if (parentSlot < 0) {
            return;
        }
        for (long q = parentSlot + 1; q < slot && !r.active().isEmpty(); q++) {
            NodeId owner = r.producerOf(q).orElseThrow();
            String reason = !withReasons ? "missed slot " + q : invalidSlots.containsKey(q)
                    ? "block for slot " + q + " failed majority validation: " + invalidSlots.get(q)
                    : "missed slot " + q + " (no block was committed in it)";
            if (!r.active().contains(owner) || (r.active().size() == 1 && r.standbys().isEmpty())) {
                return;
            }
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
