package dev.eet.examples.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.ConsensusProtocol;
import dev.eet.api.consensus.ConsensusProtocolProvider;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.hardware.MeterDriver;
import dev.eet.api.hardware.MeterDriverProvider;
import dev.eet.api.matching.MatchResult;
import dev.eet.api.matching.Matcher;
import dev.eet.api.matching.MatcherProvider;
import dev.eet.api.model.InvalidOrderException;
import dev.eet.api.model.Order;
import dev.eet.api.model.OrderId;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.settlement.CompensationRuleProvider;
import dev.eet.api.settlement.ReputationRule;
import dev.eet.api.settlement.ReputationRuleProvider;
import dev.eet.api.spi.Config;
import dev.eet.api.spi.ProviderRegistry;
import dev.eet.api.value.Bytes;
import dev.eet.api.value.Energy;
import dev.eet.consensus.crypto.NodeKeys;
import dev.eet.consensus.ledger.FileLedgerStore;
import dev.eet.consensus.ledger.Transactions;
import dev.eet.examples.match.MatchInput;
import dev.eet.examples.node.ExchangeState.Phase;
import dev.eet.examples.node.ExchangeState.PeriodEvent;
import dev.eet.examples.node.ExchangeTransaction.MeterUpload;
import dev.eet.examples.node.ExchangeTransaction.OrderSubmitted;
import dev.eet.examples.node.ExchangeTransaction.PeriodClose;
import dev.eet.examples.node.http.NodeHttpServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One reference node: identity, ledger file, consensus protocol (by provider name, over TCP), matcher,
 * settlement, meters and the HTTP API, assembled from a {@link NodeConfig}.
 *
 * <p>One trading period: orders arrive ({@link #submitOrder}) and each becomes a signed {@code order}
 * transaction; the period closes (at multiples of the period length, or by {@link #closePeriod()}) with a
 * {@code period-close} transaction; the proposer of the block that closed it (the leader) runs the matcher and
 * submits the {@code match-result}, which every node re-checks against its own run; every node reads its meters
 * and submits {@code meter-upload}s ({@link #uploadActual} for uploads from outside); when the period is due the
 * leader submits the {@code settlement}, re-checked the same way. A follower submits a missing match result or
 * settlement after {@code backupDelay} times its distance from the leader in member order, so a crashed leader
 * does not stall the exchange; duplicates are ignored on every node alike.
 *
 * <p>State is derived from the chain only ({@link ExchangeState}): on start the node replays its ledger file,
 * then the protocol catches up from peers. Stopping ({@link #close()}) refuses new orders, stops the HTTP
 * server, closes the protocol and its ledger (every block was fsync'ed when committed) and drains the applier.
 */
public final class ExchangeNode implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExchangeNode.class);
    private static final Set<String> RESERVED = Set.of(AccountId.GRID.value(), AccountId.FEE_POOL.value(),
            AccountId.REWARD_POOL.value());
    /** How many blocks behind the highest peer a node may be and still report itself in sync. */
    static final long SYNC_LAG = 3;

    private final NodeConfig config;
    private final Clock clock;
    private final NodeKeys keys;
    private final Matcher matcher;
    private final ExchangeState state;
    private final ChainArchive archive = new ChainArchive();
    private final NodeMetrics metrics = new NodeMetrics();
    private final ConsensusProtocol protocol;
    private final ExecutorService applier;
    private final ScheduledExecutorService duties;
    private final PeerMonitor peers;
    private final NodeHttpServer http;
    private final AtomicLong nonce;
    private final Map<Bytes, Long> inFlight = new ConcurrentHashMap<>();
    /** Orders accepted here and not seen committed yet, with when (nanoTime); a duplicate is refused for a while. */
    private final Map<OrderId, Long> pendingOrders = new ConcurrentHashMap<>();
    private static final long PENDING_NANOS = Duration.ofSeconds(30).toNanos();
    private final Map<String, Long> firstNoticed = new ConcurrentHashMap<>();
    private final Map<String, Long> lastSubmitted = new ConcurrentHashMap<>();
    private final Map<String, MeterDriver> meters = new LinkedHashMap<>();
    private final Map<String, Energy> meterBaseline = new ConcurrentHashMap<>();
    private final List<NodeId> rotation;
    private final int index;
    private final long startedAt;
    private volatile boolean accepting;
    private volatile boolean closed;

    private ExchangeNode(NodeConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.startedAt = clock.millis();
        this.rotation = config.rotation();
        this.index = rotation.indexOf(config.id());
        this.keys = NodeIdentity.loadOrCreate(config.dataDir(), config.id(), new SecureRandom());
        if (!keys.publicKey().equals(config.self().publicKey())) {
            throw new InvalidArgumentException("node " + config.id(),
                    "members[" + config.memberIds().indexOf(config.id()) + "].publicKey",
                    "does not match the key in " + config.dataDir().resolve(NodeIdentity.FILE) + " (its public key is "
                            + keys.publicKey().toHex() + ")");
        }
        this.nonce = new AtomicLong(clock.millis() * 1000);
        this.matcher = ProviderRegistry.load(MatcherProvider.class).get(config.matcher())
                .create(config.matcherParams().toBuilder().clock(clock).build());
        NodeConfig.SettlementSpec s = config.settlement();
        ReputationRule reputation = ProviderRegistry.load(ReputationRuleProvider.class).get(s.reputationRule())
                .create(Config.builder("reputation rule " + s.reputationRule()).build());
        PeriodSettlement settlement = new PeriodSettlement(ProviderRegistry.load(CompensationRuleProvider.class)
                .get(s.compensationRule()).create(Config.builder("compensation rule " + s.compensationRule()).build()),
                s.gridRetail(), s.gridFeedIn(), s.deviationTolerance(), s.penaliseMissingUploads(), s.settleResiduals());
        this.state = new ExchangeState(matcher, settlement, reputation, s.tolerancePeriods(), rotation);
        Path ledger = config.dataDir().resolve("ledger.dat");
        replay(ledger);
        Map<NodeId, String> urls = new LinkedHashMap<>();
        for (NodeConfig.Member m : config.members()) {
            if (!m.id().equals(config.id()) && !m.httpUrl().isEmpty()) {
                urls.put(m.id(), m.httpUrl());
            }
        }
        this.peers = new PeerMonitor(urls, Duration.ofSeconds(3));
        this.applier = Executors.newSingleThreadExecutor(r -> daemon(r, "eet-node-" + config.id() + "-apply"));
        this.duties = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "eet-node-" + config.id() + "-duty"));
        for (NodeConfig.MeterSpec m : config.meters()) {
            MeterDriver d = ProviderRegistry.load(MeterDriverProvider.class).get(m.driver())
                    .create(m.params().toBuilder().clock(clock).build());
            meters.put(m.participant(), d);
        }
        this.protocol = createProtocol(ledger);
        protocol.onCommit(b -> applier.execute(() -> onCommitted(b)));
        try {
            this.http = NodeHttpServer.start(this, config.http(), config.limits());
        } catch (RuntimeException e) {
            protocol.close();
            applier.shutdownNow();
            duties.shutdownNow();
            meters.values().forEach(MeterDriver::close);
            throw e;
        }
    }

    /**
     * Starts a node: replays its ledger, binds its consensus and HTTP ports, starts the protocol and the period
     * clock.
     *
     * @param config the configuration
     * @param clock the clock periods, meters and transaction timestamps read (inject one to drive periods in tests
     *     or fast-forward a simulated day; the consensus protocol's own timers and block timestamps use the system
     *     clock, since they must follow real time)
     * @return the running node
     * @throws InvalidArgumentException on a configuration the components refuse
     */
    public static ExchangeNode start(NodeConfig config, Clock clock) {
        ExchangeNode n = new ExchangeNode(config, clock);
        try {
            n.readMeterBaselines();
            n.protocol.start();
            n.accepting = true;
            n.duties.scheduleWithFixedDelay(n::tick, 50, 50, TimeUnit.MILLISECONDS);
            n.duties.scheduleWithFixedDelay(n.peers::poll, 0, 500, TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            n.close();
            throw e;
        }
        return n;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private void replay(Path ledger) {
        if (!Files.exists(ledger)) {
            return;
        }
        try (FileLedgerStore store = FileLedgerStore.open(ledger)) {
            for (long h = 0; h <= store.height(); h++) {
                Block b = store.block(h).orElseThrow();
                archive.add(b);
                state.apply(b);
            }
        }
        LOG.info("{}: replayed {} blocks from {}", config.id(), state.height() + 1, ledger);
    }

    private ConsensusProtocol createProtocol(Path ledger) {
        StringBuilder members = new StringBuilder();
        for (NodeId id : rotation) {
            NodeConfig.Member m = config.members().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            if (members.length() > 0) {
                members.append(',');
            }
            members.append(m.id().value()).append('@').append(m.address()).append('@').append(m.publicKey().toHex());
        }
        // the protocol's timers run in real time, so it reads the system clock; the node's clock drives periods
        Config.Builder c = Config.builder("consensus " + config.protocol()).clock(Clock.systemUTC())
                .put("node", config.id().value()).put("privateKey", keys.privateSeed().toHex())
                .put("listen", NodeConfig.hostPort(config.consensusListen())).put("members", members.toString())
                .put("ledger", ledger.toString());
        config.protocolParams().forEach(c::put);
        try {
            return ProviderRegistry.load(ConsensusProtocolProvider.class).get(config.protocol()).create(c.build());
        } catch (InvalidArgumentException e) {
            throw new InvalidArgumentException("node " + config.id(), "consensus." + e.field(), e.problem());
        }
    }

    private void readMeterBaselines() {
        meters.forEach((p, d) -> meterBaseline.put(p, d.read().netExport()));
    }

    // ------------------------------------------------------------------------------------------- applying blocks

    private void onCommitted(Block b) {
        if (b.height() <= state.height()) {
            return;
        }
        if (b.height() != state.height() + 1) {
            LOG.error("{}: block {} arrived after {}: not applied", config.id(), b.height(), state.height());
            return;
        }
        archive.add(b);
        List<PeriodEvent> events = state.apply(b);
        metrics.blocks.increment();
        metrics.transactions.add(b.transactions().size());
        long now = System.nanoTime();
        for (TransactionEnvelope tx : b.transactions()) {
            Long sent = inFlight.remove(tx.id());
            if (sent != null) {
                metrics.recordLatency(now - sent);
            }
            if (state.outcome(tx.id()).map(o -> o.startsWith("ignored")).orElse(false)) {
                metrics.ignoredTransactions.increment();
            }
            if (tx.type().equals("order")) {
                try {
                    pendingOrders.remove(OrderId.of(((ObjectNode) ExchangeTransaction.COMPACT.readTree(
                            tx.payload().toArray()).get("order")).get("id").asText()));
                } catch (Exception ignored) {
                    // a malformed order payload never was a pending order of this node
                }
            }
        }
        for (PeriodEvent e : events) {
            if (e.phase() == Phase.CLOSED && !closed && !meters.isEmpty()) {
                try {
                    duties.execute(() -> uploadMeters(e.period()));
                } catch (java.util.concurrent.RejectedExecutionException stopping) {
                    return;
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ duties

    private void tick() {
        if (closed) {
            return;
        }
        try {
            long now = clock.millis();
            long backup = config.periods().backupDelay().toMillis();
            if (config.periods().auto()) {
                long open = state.openPeriod();
                long due = closeDueAt(open);
                if (now >= due + (long) index * backup) {
                    submitDuty("close", open, now, () -> Optional.of(new PeriodClose(open)));
                }
            }
            for (long k : state.unmatchedPeriods()) {
                if (now >= noticed("match", k, now) + rank(k) * backup) {
                    submitDuty("match", k, now, () -> state.pendingMatch(k).map(m -> m));
                }
            }
            for (long k : state.unsettledDuePeriods()) {
                if (now >= noticed("settle", k, now) + rank(k) * backup) {
                    submitDuty("settle", k, now, () -> state.pendingSettlement(k).map(m -> m));
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("{}: duty failed: {}", config.id(), e.toString());
        }
    }

    private long closeDueAt(long open) {
        long length = config.periods().length().toMillis();
        long openedAt = open == 1 ? startedAt
                : state.period(open - 1).map(ExchangeState.PeriodView::closedAt).orElse(startedAt);
        return (Math.floorDiv(openedAt, length) + 1) * length;
    }

    private long noticed(String kind, long k, long now) {
        return firstNoticed.computeIfAbsent(kind + " " + k, x -> now);
    }

    /** Distance from the period's leader in member order: 0 for the leader. */
    private long rank(long k) {
        int n = config.members().size();
        int leader = state.period(k).flatMap(ExchangeState.PeriodView::leader)
                .map(rotation::indexOf).orElse(0);
        return leader < 0 ? index : Math.floorMod(index - leader, n);
    }

    /** Submits a duty once, and again only if it is still not on the chain after (members + 1) backup delays. */
    private void submitDuty(String kind, long k, long now,
                            java.util.function.Supplier<Optional<ExchangeTransaction>> make) {
        String key = kind + " " + k;
        Long last = lastSubmitted.get(key);
        long again = (config.members().size() + 1L) * config.periods().backupDelay().toMillis();
        if (last != null && now - last < again) {
            return;
        }
        Optional<ExchangeTransaction> t = make.get();
        if (t.isEmpty()) {
            return;
        }
        lastSubmitted.put(key, now);
        submit(t.get());
    }

    private void uploadMeters(long period) {
        meters.forEach((participant, driver) -> {
            ParticipantId p = ParticipantId.of(participant);
            if (state.hasUpload(period, p)) {
                return;
            }
            try {
                Energy now = driver.read().netExport();
                Energy before = meterBaseline.getOrDefault(participant, now);
                meterBaseline.put(participant, now);
                submit(new MeterUpload(period, p, now.minus(before), driver.deviceId()));
            } catch (RuntimeException e) {
                LOG.warn("{}: meter of {} not read for period {}: {}", config.id(), participant, period,
                        e.getMessage());
            }
        });
    }

    private Bytes submit(ExchangeTransaction t) {
        TransactionEnvelope tx = Transactions.sign(keys, t.type(), t.encode(), nonce.incrementAndGet(),
                clock.millis());
        inFlight.put(tx.id(), System.nanoTime());
        protocol.submit(tx);
        return tx.id();
    }

    // -------------------------------------------------------------------------------------------- public API

    /**
     * A receipt for an accepted order: it is signed and submitted, not yet committed.
     *
     * @param order the order id
     * @param transaction the ledger transaction id (hex in the API)
     * @param period the period that was open when it was accepted (the chain decides the final one)
     */
    public record OrderReceipt(OrderId order, Bytes transaction, long period) {
    }

    /**
     * Accepts an order given as the {@code eet match} order JSON: parsed and checked exactly as
     * {@code eet match} does (a {@code time} field is checked and then ignored: the chain orders orders), then
     * checked by the matcher on its own, then signed and submitted. Nothing changes when it is refused.
     *
     * @param orderJson one order object
     * @return the receipt
     * @throws InvalidArgumentException the one-line error naming the order and the field
     * @throws NodeUnavailableException when the node is stopping
     */
    public OrderReceipt submitOrder(JsonNode orderJson) {
        if (!accepting) {
            throw new NodeUnavailableException("node " + config.id() + " is not accepting orders (stopping)");
        }
        try {
            Order order = MatchInput.parseOrder(orderJson);
            if (RESERVED.contains(order.participant().value())) {
                throw new InvalidOrderException(order.id().value(), "participant", "'" + order.participant()
                        + "' is reserved for the exchange's own accounts");
            }
            MatchResult alone = matcher.match(List.of(order));
            if (!alone.rejections().isEmpty()) {
                throw new InvalidOrderException(order.id().value(), alone.rejections().get(0).field(),
                        alone.rejections().get(0).reason());
            }
            Optional<ExchangeState.OrderView> known = state.order(order.id());
            if (known.isPresent()) {
                throw new InvalidOrderException(order.id().value(), "id", "already on the chain (period "
                        + known.get().period() + ")");
            }
            long now = System.nanoTime();
            Long before = pendingOrders.putIfAbsent(order.id(), now);
            if (before != null && now - before < PENDING_NANOS) {
                throw new InvalidOrderException(order.id().value(), "id", "already submitted to this node");
            }
            pendingOrders.put(order.id(), now);
            ObjectNode canonical = ((ObjectNode) orderJson).deepCopy();
            canonical.remove("time");
            Bytes tx = submit(new OrderSubmitted(canonical));
            metrics.ordersAccepted.increment();
            return new OrderReceipt(order.id(), tx, state.openPeriod());
        } catch (InvalidArgumentException e) {
            metrics.ordersRejected.increment();
            throw e;
        }
    }

    /**
     * @param order an order built in Java
     * @return the receipt
     * @see #submitOrder(JsonNode)
     */
    public OrderReceipt submitOrder(Order order) {
        return submitOrder(OrderJson.write(order));
    }

    /**
     * Submits the close of the chain's open period (the explicit period driver; with {@code periods.auto} the
     * node also closes periods by its clock). Returns at once: wait for {@link Phase#CLOSED} before closing the
     * next period, since a second call before the first close is committed targets the same period (and is
     * ignored as a duplicate).
     *
     * @return the period being closed
     */
    public long closePeriod() {
        long open = state.openPeriod();
        submit(new PeriodClose(open));
        return open;
    }

    /**
     * Uploads a metered actual from outside the node's own meters.
     *
     * @param participant whose energy
     * @param period the period
     * @param energy signed energy: positive supplied, negative consumed
     * @return the transaction id
     * @throws InvalidArgumentException on a period below 1 or a reserved participant
     */
    public Bytes uploadActual(ParticipantId participant, long period, Energy energy) {
        if (period < 1) {
            throw new InvalidArgumentException("meter upload " + participant, "period", "must be >= 1, was " + period);
        }
        if (RESERVED.contains(participant.value())) {
            throw new InvalidArgumentException("meter upload " + participant, "participant", "is reserved");
        }
        return submit(new MeterUpload(period, participant, energy, "api"));
    }

    /**
     * Waits until a condition on this node holds.
     *
     * @param condition checked every 20 ms
     * @param timeout how long to wait
     * @return whether it held in time
     * @throws InterruptedException if interrupted
     */
    public boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /**
     * @param period a period
     * @param phase a phase
     * @param timeout how long to wait
     * @return whether this node saw the period reach the phase in time
     * @throws InterruptedException if interrupted
     */
    public boolean awaitPeriod(long period, Phase phase, Duration timeout) throws InterruptedException {
        return await(() -> reached(period, phase), timeout);
    }

    /**
     * @param period a period
     * @param phase a phase
     * @return whether the period has reached the phase here
     */
    public boolean reached(long period, Phase phase) {
        String status = state.period(period).map(ExchangeState.PeriodView::status).orElse("open");
        List<String> order = List.of("open", "closed", "matched", "due", "settled");
        String wanted = switch (phase) {
            case CLOSED -> "closed";
            case MATCHED -> "matched";
            case DUE -> "due";
            case SETTLED -> "settled";
        };
        return order.indexOf(status) >= order.indexOf(wanted);
    }

    /**
     * @param order an order id
     * @return whether this node accepted it and has not seen it committed yet
     */
    public boolean isPending(OrderId order) {
        Long at = pendingOrders.get(order);
        return at != null && System.nanoTime() - at < PENDING_NANOS && state.order(order).isEmpty();
    }

    /** @return this node's id */
    public NodeId id() {
        return config.id();
    }

    /** @return the primary-rotation order handed to the protocol (election-ranked, or as listed) */
    public List<NodeId> rotation() {
        return rotation;
    }

    /** @return the configuration */
    public NodeConfig config() {
        return config;
    }

    /** @return the derived state (read-only use) */
    public ExchangeState state() {
        return state;
    }

    /** @return the metrics */
    public NodeMetrics metrics() {
        return metrics;
    }

    /**
     * @param height a height
     * @return the committed block, if applied here
     */
    public Optional<Block> block(long height) {
        return archive.block(height);
    }

    /** @return the head hash in hex (empty before the first block) */
    public String headHash() {
        return state.headHash().toHex();
    }

    /** @return the HTTP API's base URL, e.g. {@code http://127.0.0.1:7101} */
    public String httpUrl() {
        return http.url();
    }

    /** @return this node's role: {@code leader} if it proposed the head block, else {@code follower} */
    public String role() {
        long h = state.height();
        if (h < 0) {
            return index == 0 ? "leader" : "follower";
        }
        return archive.block(h).map(b -> b.header().proposer().equals(config.id()) ? "leader" : "follower")
                .orElse("follower");
    }

    /** @return the peers that answered recently, with their head heights */
    public Map<NodeId, Long> connectedPeers() {
        return peers.connected();
    }

    /** @return whether the node is running and not more than {@value #SYNC_LAG} blocks behind its peers */
    public boolean inSync() {
        if (!accepting || closed) {
            return false;
        }
        if (config.members().size() == 1) {
            return true;
        }
        if (peers.known() == 0) {
            return true;
        }
        java.util.OptionalLong highest = peers.highestPeerHeight();
        return highest.isPresent() && state.height() >= highest.getAsLong() - SYNC_LAG;
    }

    /** @return whether the node takes orders */
    public boolean accepting() {
        return accepting;
    }

    /** @return the Prometheus text */
    public String metricsText() {
        return metrics.render(config.id().value(), state.height(), state.view(), peers.connected().size(),
                state.openPeriod());
    }

    /** @return the clock */
    public Clock clock() {
        return clock;
    }

    /**
     * Clean shutdown: stop taking orders, stop the HTTP server and duties, close the protocol (and with it the
     * ledger file), then drain the blocks already committed into the state. Idempotent.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        accepting = false;
        closed = true;
        if (http != null) {
            http.close();
        }
        if (duties != null) {
            duties.shutdownNow();
        }
        if (protocol != null) {
            protocol.close();
        }
        if (applier != null) {
            applier.shutdown();
            try {
                applier.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        meters.forEach((participant, m) -> {
            try {
                m.close();
            } catch (RuntimeException e) {
                LOG.warn("{}: meter of {} did not close: {}", config.id(), participant, e.getMessage());
            }
        });
        LOG.info("{}: stopped at height {}", config.id(), state.height());
    }
}
