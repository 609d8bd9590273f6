package dev.eet.consensus.sim;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.Transport;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.runtime.Scheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

/**
 * A deterministic simulated network with virtual time. Everything (message deliveries, node timers, tasks) is an
 * event in one priority queue ordered by (virtual time, insertion sequence), and every random choice (latency,
 * loss, duplication, reordering) comes from one {@link SplittableRandom} seeded at construction, consumed in event
 * order: the same seed and the same calls give the same run. Drive it with {@link #step()},
 * {@link #runFor(Duration)} or {@link #runUntil(BooleanSupplier, Duration)} from one thread (sends from other
 * threads are safe but make the run order depend on thread scheduling).
 *
 * <pre>{@code
 * SimulatedNetwork net = new SimulatedNetwork(42);
 * net.setDefaultLink(LinkProfile.of(LatencyModel.uniform(500, 5_000)).withLoss(0.01));
 * Transport a = net.join(NodeId.of("a")), b = net.join(NodeId.of("b"));
 * b.onMessage((from, msg) -> ...);
 * a.send(NodeId.of("b"), Bytes.of(new byte[] {1}));
 * net.runFor(Duration.ofSeconds(1));
 * net.partition(List.of(Set.of(a), Set.of(b)));  net.heal();
 * net.crash(b); net.restart(b);                    // b's timers and in-flight messages to it are dropped
 * net.setBehaviour(b, Behaviour.silent());         // Byzantine hook
 * }</pre>
 */
public final class SimulatedNetwork {
    /** Virtual time zero: 2024-01-01T00:00:00Z. */
    public static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");

    private final long seed;
    private final SplittableRandom random;
    private final PriorityQueue<Event> queue = new PriorityQueue<>();
    private final SortedMap<NodeId, Node> nodes = new TreeMap<>();
    private final Map<Link, LinkProfile> links = new HashMap<>();
    private final Map<NodeId, Integer> partitionOf = new HashMap<>();
    private LinkProfile defaultLink = LinkProfile.RELIABLE;
    private long now;
    private long sequence;
    private final Stats stats = new Stats();

    private record Link(NodeId from, NodeId to) {
    }

    private record Event(long time, long seq, NodeId owner, long epoch, Runnable action) implements Comparable<Event> {
        @Override
        public int compareTo(Event o) {
            int c = Long.compare(time, o.time);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    /** Counters of what the network did. */
    public static final class Stats {
        private long sent;
        private long delivered;
        private long lost;
        private long duplicated;
        private long blocked;

        /** @return messages handed to the network (after behaviours) */
        public long sent() {
            return sent;
        }

        /** @return messages delivered to a handler */
        public long delivered() {
            return delivered;
        }

        /** @return messages dropped by link loss */
        public long lost() {
            return lost;
        }

        /** @return extra copies delivered */
        public long duplicated() {
            return duplicated;
        }

        /** @return messages dropped by partitions, crashes or closed transports */
        public long blocked() {
            return blocked;
        }

        @Override
        public String toString() {
            return "sent=" + sent + " delivered=" + delivered + " lost=" + lost + " duplicated=" + duplicated
                    + " blocked=" + blocked;
        }
    }

    private final class Node {
        final NodeId id;
        final SimulatedTransport transport;
        final NodeScheduler scheduler;
        boolean up = true;
        long epoch;
        Behaviour behaviour = Behaviour.honest();

        Node(NodeId id) {
            this.id = id;
            this.transport = new SimulatedTransport(SimulatedNetwork.this, id);
            this.scheduler = new NodeScheduler(id);
        }
    }

    /** @param seed the seed of every random choice */
    public SimulatedNetwork(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    /** @return the seed */
    public long seed() {
        return seed;
    }

    /** @return virtual microseconds since {@link #EPOCH} */
    public long nowMicros() {
        return now;
    }

    /** @return a clock reading virtual time (millisecond resolution through {@link Clock#millis()}) */
    public Clock clock() {
        return new VirtualClock(ZoneOffset.UTC);
    }

    /** @return traffic counters */
    public Stats stats() {
        return stats;
    }

    /**
     * Adds a node (or returns the existing one's transport).
     *
     * @param node the node
     * @return its transport
     */
    public SimulatedTransport join(NodeId node) {
        return nodes.computeIfAbsent(node, Node::new).transport;
    }

    /**
     * @param node a joined node
     * @return its scheduler: virtual clock, timers and tasks that are dropped if the node crashes
     */
    public Scheduler scheduler(NodeId node) {
        return node(node).scheduler;
    }

    /** @return every joined node, sorted */
    public Set<NodeId> nodes() {
        return new TreeSet<>(nodes.keySet());
    }

    private Node node(NodeId id) {
        Node n = nodes.get(id);
        if (n == null) {
            throw new InvalidArgumentException("simulated network", "node", id + " has not joined");
        }
        return n;
    }

    /** @param profile the profile of every link without its own */
    public void setDefaultLink(LinkProfile profile) {
        this.defaultLink = Objects.requireNonNull(profile, "profile");
    }

    /**
     * @param from sender
     * @param to receiver
     * @param profile the profile of that directed link
     */
    public void setLink(NodeId from, NodeId to, LinkProfile profile) {
        links.put(new Link(from, to), Objects.requireNonNull(profile, "profile"));
    }

    /** Removes every per-link profile. */
    public void resetLinks() {
        links.clear();
    }

    /**
     * Splits the network: nodes in different groups cannot exchange messages (also dropping those in flight).
     * Nodes in no group form one more group together.
     *
     * @param groups disjoint groups
     */
    public void partition(Collection<? extends Collection<NodeId>> groups) {
        partitionOf.clear();
        int g = 1;
        for (Collection<NodeId> group : groups) {
            for (NodeId n : group) {
                partitionOf.put(n, g);
            }
            g++;
        }
    }

    /** Removes every partition. */
    public void heal() {
        partitionOf.clear();
    }

    /**
     * @param a a node
     * @param b a node
     * @return whether a partition separates them
     */
    public boolean separated(NodeId a, NodeId b) {
        return !partitionOf.getOrDefault(a, 0).equals(partitionOf.getOrDefault(b, 0));
    }

    /**
     * Crashes a node: it stops sending and receiving, its pending timers and tasks are discarded, and messages in
     * flight to it are lost. Its durable state (e.g. a ledger store) is the caller's to keep.
     *
     * @param node the node
     */
    public void crash(NodeId node) {
        Node n = node(node);
        n.up = false;
        n.epoch++;
    }

    /**
     * Brings a crashed node back. The caller re-creates the node's protocol on the same transport (registering
     * a new handler) and scheduler.
     *
     * @param node the node
     */
    public void restart(NodeId node) {
        Node n = node(node);
        n.up = true;
        n.epoch++;
    }

    /**
     * @param node a node
     * @return whether it is up
     */
    public boolean isUp(NodeId node) {
        return node(node).up;
    }

    /**
     * @param node a node
     * @param behaviour what leaves the node from now on ({@link Behaviour#honest()} to reset)
     */
    public void setBehaviour(NodeId node, Behaviour behaviour) {
        node(node).behaviour = Objects.requireNonNull(behaviour, "behaviour");
    }

    synchronized void send(NodeId from, NodeId to, Bytes message) {
        Node sender = node(from);
        if (!nodes.containsKey(to)) {
            throw new InvalidArgumentException("simulated transport " + from, "to", "unknown peer " + to);
        }
        if (!sender.up || sender.transport.closed()) {
            stats.blocked++;
            return;
        }
        sender.behaviour.onSend(to, message, (dest, msg) -> transmit(from, dest, msg));
    }

    private void transmit(NodeId from, NodeId to, Bytes message) {
        Node receiver = nodes.get(to);
        if (receiver == null) {
            return;
        }
        stats.sent++;
        LinkProfile p = links.getOrDefault(new Link(from, to), defaultLink);
        if (p.loss() > 0 && random.nextDouble() < p.loss()) {
            stats.lost++;
            return;
        }
        int copies = p.duplication() > 0 && random.nextDouble() < p.duplication() ? 2 : 1;
        for (int i = 0; i < copies; i++) {
            long delay = p.latency().sampleMicros(random);
            if (p.reordering() > 0 && random.nextDouble() < p.reordering()) {
                delay += p.reorderWindowMicros() == 0 ? 0 : random.nextLong(p.reorderWindowMicros() + 1);
            }
            if (i == 1) {
                stats.duplicated++;
            }
            push(now + delay, null, 0, () -> deliver(from, to, message));
        }
    }

    private void deliver(NodeId from, NodeId to, Bytes message) {
        Node r = nodes.get(to);
        Node s = nodes.get(from);
        if (!r.up || r.transport.closed() || separated(from, to) || (s != null && separated(from, to))) {
            stats.blocked++;
            return;
        }
        stats.delivered++;
        r.transport.deliver(from, message);
    }

    private synchronized void push(long time, NodeId owner, long epoch, Runnable action) {
        queue.add(new Event(time, sequence++, owner, epoch, action));
    }

    /**
     * Runs the next event.
     *
     * @return {@code false} if no event is left
     */
    public synchronized boolean step() {
        while (true) {
            Event e = queue.poll();
            if (e == null) {
                return false;
            }
            now = Math.max(now, e.time);
            if (e.owner != null) {
                Node n = nodes.get(e.owner);
                if (!n.up || n.epoch != e.epoch) {
                    continue;
                }
            }
            e.action.run();
            return true;
        }
    }

    /**
     * Runs every event up to {@code now + d}, then sets virtual time to {@code now + d}.
     *
     * @param d how long
     */
    public void runFor(Duration d) {
        runUntilMicros(now + d.toNanos() / 1_000);
    }

    /**
     * @param timeMicros virtual time to run to
     */
    public void runUntilMicros(long timeMicros) {
        while (!queue.isEmpty() && queue.peek().time <= timeMicros) {
            step();
        }
        now = Math.max(now, timeMicros);
    }

    /**
     * Runs events until {@code condition} holds (checked after every event) or {@code limit} of virtual time has
     * passed.
     *
     * @param condition the goal
     * @param limit the most virtual time to spend
     * @return whether the condition holds
     */
    public boolean runUntil(BooleanSupplier condition, Duration limit) {
        long end = now + limit.toNanos() / 1_000;
        while (!condition.getAsBoolean()) {
            if (queue.isEmpty() || queue.peek().time > end) {
                now = Math.max(now, end);
                return condition.getAsBoolean();
            }
            step();
        }
        return true;
    }

    /** @return the number of queued events (including stale ones of crashed nodes) */
    public int queuedEvents() {
        return queue.size();
    }

    private final class NodeScheduler implements Scheduler {
        private final NodeId id;

        NodeScheduler(NodeId id) {
            this.id = id;
        }

        @Override
        public Clock clock() {
            return SimulatedNetwork.this.clock();
        }

        @Override
        public Timer schedule(Duration delay, Runnable task) {
            Node n = node(id);
            boolean[] cancelled = {false};
            push(now + Math.max(0, delay.toNanos() / 1_000), id, n.epoch, () -> {
                if (!cancelled[0]) {
                    task.run();
                }
            });
            return () -> cancelled[0] = true;
        }

        @Override
        public void execute(Runnable task) {
            push(now, id, node(id).epoch, task);
        }
    }

    private final class VirtualClock extends Clock {
        private final ZoneId zone;

        VirtualClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return new VirtualClock(z);
        }

        @Override
        public Instant instant() {
            return EPOCH.plusNanos(now * 1_000);
        }

        @Override
        public long millis() {
            return EPOCH.toEpochMilli() + now / 1_000;
        }
    }

    /**
     * @param node a node
     * @return its transport
     */
    public Transport transport(NodeId node) {
        return node(node).transport;
    }
}
