package dev.eet.examples.node;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.model.Order;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.spi.Config;
import dev.eet.api.value.Bytes;
import dev.eet.api.value.Energy;
import dev.eet.consensus.crypto.NodeKeys;
import dev.eet.examples.node.ExchangeState.Phase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * N reference nodes in this process, talking real TCP on 127.0.0.1 with real ledger files: the building block of
 * {@code eet demo} and of integration tests.
 *
 * <pre>{@code
 * try (LocalNetwork net = LocalNetwork.builder(Path.of("out/chain")).nodes(4).matcher("cda", Map.of("beta", "0.1"))
 *         .start()) {
 *     net.node(0).submitOrder(Order.builder("S1", "S1", Side.SELL).limit("0.41").quantity("220").build());
 *     net.node(1).submitOrder(Order.builder("B1", "B1", Side.BUY).limit("0.53").quantity("400").build());
 *     long k = net.closePeriod();                                  // period 1 closes through consensus
 *     net.awaitPeriod(k, Phase.MATCHED, Duration.ofSeconds(10));   // on every node
 *     net.uploadActual(ParticipantId.of("S1"), k, Energy.ofKwh(200));    // + supplied
 *     net.uploadActual(ParticipantId.of("B1"), k, Energy.ofKwh(-400));   // - consumed
 *     net.awaitPeriod(k, Phase.SETTLED, Duration.ofSeconds(10));
 *     net.node(2).state().trades(k);  net.node(3).state().account(AccountId.of("B1")).balance();
 *     net.headHashes();  net.latencySamples();
 * }
 * }</pre>
 * Periods close only through {@link #closePeriod()} unless {@link Builder#autoPeriods(Duration)} is set.
 */
public final class LocalNetwork implements AutoCloseable {
    private final List<NodeConfig> configs;
    private final List<ExchangeNode> nodes = new ArrayList<>();
    private final Clock clock;

    private LocalNetwork(List<NodeConfig> configs, Clock clock) {
        this.configs = List.copyOf(configs);
        this.clock = clock;
    }

    /**
     * @param dir the folder holding one data directory per node ({@code node1}, {@code node2}...)
     * @return a builder with 4 nodes, {@code pbft}, {@code cda}, manual periods
     */
    public static Builder builder(Path dir) {
        return new Builder(dir);
    }

    /** Configures a {@link LocalNetwork}. */
    public static final class Builder {
        private final Path dir;
        private int nodes = 4;
        private String protocol = "pbft";
        private final Map<String, String> protocolParams = new TreeMap<>();
        private String matcher = "cda";
        private final Map<String, String> matcherParams = new TreeMap<>(Map.of("beta", "0.1",
                "gridRetailPrice", "0.59", "gridFeedInPrice", "0.31"));
        private NodeConfig.SettlementSpec settlement = NodeConfig.SettlementSpec.DEFAULTS;
        private NodeConfig.PeriodSpec periods = new NodeConfig.PeriodSpec(Duration.ofMinutes(15), false,
                Duration.ofSeconds(2));
        private NodeConfig.Limits limits = NodeConfig.Limits.DEFAULTS;
        private Clock clock = Clock.systemUTC();
        private long seed;
        private final Map<Integer, List<NodeConfig.MeterSpec>> meters = new TreeMap<>();
        private java.util.Optional<NodeConfig.ElectionSpec> election = java.util.Optional.empty();
        private List<Map<String, ?>> attributes = List.of();

        private Builder(Path dir) {
            this.dir = Objects.requireNonNull(dir, "dir");
        }

        /**
         * @param n how many nodes (1..32)
         * @return this
         */
        public Builder nodes(int n) {
            if (n < 1 || n > 32) {
                throw new InvalidArgumentException("local network", "nodes", "must be in [1, 32], was " + n);
            }
            this.nodes = n;
            return this;
        }

        /**
         * @param name a consensus protocol provider name ({@code pbft}, {@code dpos})
         * @param params extra provider parameters (e.g. {@code maxBatchTime})
         * @return this
         */
        public Builder protocol(String name, Map<String, ?> params) {
            this.protocol = name;
            params.forEach((k, v) -> protocolParams.put(k, v.toString()));
            return this;
        }

        /**
         * @param name a matcher provider name
         * @param params its parameters (replace the defaults)
         * @return this
         */
        public Builder matcher(String name, Map<String, ?> params) {
            this.matcher = name;
            matcherParams.clear();
            params.forEach((k, v) -> matcherParams.put(k, v.toString()));
            return this;
        }

        /**
         * @param spec settlement choices
         * @return this
         */
        public Builder settlement(NodeConfig.SettlementSpec spec) {
            this.settlement = Objects.requireNonNull(spec, "settlement");
            return this;
        }

        /**
         * @param length close periods by the clock at multiples of this length (default: only by
         *     {@link LocalNetwork#closePeriod()})
         * @return this
         */
        public Builder autoPeriods(Duration length) {
            this.periods = new NodeConfig.PeriodSpec(length, true, periods.backupDelay());
            return this;
        }

        /**
         * @param delay how long followers wait before standing in for a silent leader
         * @return this
         */
        public Builder backupDelay(Duration delay) {
            this.periods = new NodeConfig.PeriodSpec(periods.length(), periods.auto(), delay);
            return this;
        }

        /**
         * @param l HTTP limits
         * @return this
         */
        public Builder limits(NodeConfig.Limits l) {
            this.limits = Objects.requireNonNull(l, "limits");
            return this;
        }

        /**
         * Ranks the members with an election policy: the ranking is the primary-rotation order.
         *
         * @param policy an election policy provider name ({@code stake}, {@code credit}, ...)
         * @param params its parameters
         * @param perNode each node's attributes, in node order (e.g. {@code Map.of("stake", 120)})
         * @return this
         */
        public Builder election(String policy, Map<String, ?> params, List<Map<String, ?>> perNode) {
            this.election = java.util.Optional.of(new NodeConfig.ElectionSpec(policy,
                    Config.builder("election " + policy).putAll(params).build()));
            this.attributes = List.copyOf(perNode);
            return this;
        }

        /**
         * @param node a node index from 0
         * @param specs meters that node reads and uploads at every period close
         * @return this
         */
        public Builder meters(int node, List<NodeConfig.MeterSpec> specs) {
            meters.put(node, List.copyOf(specs));
            return this;
        }

        /**
         * @param c the nodes' clock (periods, meters, transaction timestamps)
         * @return this
         */
        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c, "clock");
            return this;
        }

        /**
         * @param s seed of the node keys (derived, for local runs only)
         * @return this
         */
        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        /**
         * Picks free loopback ports, writes any missing node keys and starts every node.
         *
         * @return the running network
         */
        public LocalNetwork start() {
            List<Integer> ports = freePorts(2 * nodes);
            List<NodeConfig.Member> members = new ArrayList<>();
            List<NodeKeys> keys = new ArrayList<>();
            for (int k = 1; k <= nodes; k++) {
                NodeId id = NodeId.of("node" + k);
                Path data = dir.resolve("node" + k);
                NodeKeys key = NodeKeys.derive(id, seed);
                Path keyFile = data.resolve(NodeIdentity.FILE);
                try {
                    if (!Files.exists(keyFile)) {
                        NodeIdentity.write(keyFile, key);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(keyFile + ": cannot write", e);
                }
                key = NodeIdentity.loadOrCreate(data, id, new java.security.SecureRandom());
                keys.add(key);
                Config attrs = Config.builder("node " + id).putAll(k <= attributes.size() ? attributes.get(k - 1)
                        : Map.of()).build();
                members.add(new NodeConfig.Member(id, "127.0.0.1:" + ports.get(2 * (k - 1)), key.publicKey(),
                        "http://127.0.0.1:" + ports.get(2 * (k - 1) + 1), attrs));
            }
            List<NodeConfig> configs = new ArrayList<>();
            for (int k = 1; k <= nodes; k++) {
                configs.add(new NodeConfig(members.get(k - 1).id(), dir.resolve("node" + k),
                        new InetSocketAddress("127.0.0.1", ports.get(2 * (k - 1) + 1)), protocol,
                        new InetSocketAddress("127.0.0.1", ports.get(2 * (k - 1))), protocolParams, members, matcher,
                        Config.builder("matcher " + matcher).putAll(matcherParams).build(), settlement, periods,
                        meters.getOrDefault(k - 1, List.of()), limits, election));
            }
            LocalNetwork net = new LocalNetwork(configs, clock);
            try {
                for (NodeConfig c : configs) {
                    net.nodes.add(ExchangeNode.start(c, clock));
                }
            } catch (RuntimeException e) {
                net.close();
                throw e;
            }
            return net;
        }
    }

    private static List<Integer> freePorts(int n) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            List<Integer> ports = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                sockets.add(s);
                ports.add(s.getLocalPort());
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback ports", e);
        } finally {
            for (ServerSocket s : sockets) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // closing a probe socket
                }
            }
        }
    }

    /** @return the running nodes, in member order (a stopped node is absent) */
    public synchronized List<ExchangeNode> nodes() {
        List<ExchangeNode> out = new ArrayList<>();
        for (ExchangeNode n : nodes) {
            if (n != null) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * @param i a node index from 0
     * @return the node
     * @throws IllegalStateException if it is stopped
     */
    public synchronized ExchangeNode node(int i) {
        ExchangeNode n = nodes.get(i);
        if (n == null) {
            throw new IllegalStateException("node" + (i + 1) + " is stopped");
        }
        return n;
    }

    /** @return the configurations, in member order */
    public List<NodeConfig> configs() {
        return configs;
    }

    /**
     * Closes the chain's open period through the first running node.
     *
     * @return the period being closed
     */
    public long closePeriod() {
        return nodes().get(0).closePeriod();
    }

    /**
     * @param order an order
     * @return the receipt from the first running node
     */
    public ExchangeNode.OrderReceipt submitOrder(Order order) {
        return nodes().get(0).submitOrder(order);
    }

    /**
     * Uploads a metered actual through the first running node.
     *
     * @param participant whose energy
     * @param period the period
     * @param energy + supplied, - consumed
     * @return the transaction id
     */
    public Bytes uploadActual(ParticipantId participant, long period, Energy energy) {
        return nodes().get(0).uploadActual(participant, period, energy);
    }

    /**
     * @param period a period
     * @param phase a phase
     * @param timeout how long to wait in total
     * @return whether every running node saw the period reach the phase in time
     * @throws InterruptedException if interrupted
     */
    public boolean awaitPeriod(long period, Phase phase, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        for (ExchangeNode n : nodes()) {
            if (!n.awaitPeriod(period, phase, Duration.ofNanos(Math.max(0, end - System.nanoTime())))) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param timeout how long to wait
     * @return whether every running node reached the same head in time
     * @throws InterruptedException if interrupted
     */
    public boolean awaitSameHead(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (Set.copyOf(headHashes().values()).size() != 1) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /** @return each running node's head hash (hex), by node id */
    public Map<String, String> headHashes() {
        Map<String, String> out = new LinkedHashMap<>();
        for (ExchangeNode n : nodes()) {
            out.put(n.id().value(), n.headHash());
        }
        return out;
    }

    /** @return every running node's consensus latency samples (submit to apply of its own transactions) */
    public List<Duration> latencySamples() {
        List<Duration> out = new ArrayList<>();
        for (ExchangeNode n : nodes()) {
            n.metrics().latencySamples().forEach(ns -> out.add(Duration.ofNanos(ns)));
        }
        return out;
    }

    /**
     * Stops one node cleanly (its ledger stays).
     *
     * @param i the node index from 0
     */
    public synchronized void stop(int i) {
        ExchangeNode n = nodes.get(i);
        if (n != null) {
            n.close();
            nodes.set(i, null);
        }
    }

    /**
     * Restarts a stopped node from its ledger; it catches up from its peers.
     *
     * @param i the node index from 0
     * @return the new node
     */
    public synchronized ExchangeNode restart(int i) {
        if (nodes.get(i) != null) {
            throw new IllegalStateException("node" + (i + 1) + " is running");
        }
        ExchangeNode n = ExchangeNode.start(configs.get(i), clock);
        nodes.set(i, n);
        return n;
    }

    @Override
    public synchronized void close() {
        for (ExchangeNode n : nodes) {
            if (n != null) {
                n.close();
            }
        }
    }
}
