package dev.eet.consensus.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.consensus.Candidate;
import dev.eet.api.consensus.ElectionResult;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.Transport;
import dev.eet.api.spi.Config;
import dev.eet.api.value.Bytes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** [CloudEdge]'s latency election: heartbeats over a transport, averaging, non-responders, quarantine. */
class LatencyElectionTest {

    @Test
    void sortsByAverageRttAscendingDropsSilentNodesAndCutsDelegatesThenStandbys() {
        List<Candidate> cs = List.of(rtt("a", 30), rtt("b", 10), rtt("c", 20), rtt("d", 10),
                new Candidate(NodeId.of("silent"), Config.builder("n").build()), rtt("e", 50));
        LatencyPolicy p = new LatencyPolicy(new Quarantine(), 0.4, 0.2);
        assertEquals(3, p.delegatesFor(6), "ceil(0.4 * 6)");
        assertEquals(2, p.standbysFor(6), "ceil(0.2 * 6)");
        ElectionResult r = p.elect(cs, p.delegatesFor(6), p.standbysFor(6));
        assertEquals(ids("b", "d", "c"), r.delegates(), "ascending RTT, ties by id");
        assertEquals(ids("a", "e"), r.standbys());
        assertEquals(List.of(new ElectionResult.Exclusion(NodeId.of("silent"), "never answered a heartbeat")),
                r.excluded());
    }

    @Test
    void maliciousDelegateIsExcludedUntilTheOperatorReadmitsIt() {
        List<Candidate> cs = List.of(rtt("a", 1), rtt("b", 2), rtt("c", 3));
        LatencyPolicy p = new LatencyPolicy(new Quarantine(), 0.5, 0);
        p.quarantine().mark(NodeId.of("a"), "block 7 failed majority validation");
        ElectionResult r = p.elect(cs, 2, 1);
        assertEquals(ids("b", "c"), r.delegates());
        assertEquals("marked malicious (block 7 failed majority validation); excluded until re-admitted by the operator",
                r.excluded().get(0).reason());
        assertEquals(r, p.elect(cs, 2, 1), "still excluded in the next election");
        assertTrue(p.quarantine().readmit(NodeId.of("a")));
        assertFalse(p.quarantine().readmit(NodeId.of("a")));
        assertEquals(ids("a", "b"), p.elect(cs, 2, 1).delegates());
    }

    @Test
    void heartbeatsMeasureAndAverageRttOnTheInjectedClockAndSilentPeersAreDropped() {
        Net net = new Net();
        Map<String, Long> delays = Map.of("a", 2L, "b", 6L, "c", 10L); // one-way delay in ms to/from each node
        Map<NodeId, HeartbeatMonitor> monitors = new TreeMap<>();
        for (String id : List.of("a", "b", "c", "mute")) {
            Net.Node n = net.join(id, delays.getOrDefault(id, 0L), id.equals("mute"));
            if (!id.equals("mute")) {
                HeartbeatMonitor m = new HeartbeatMonitor(n, net.clock, Duration.ofSeconds(1));
                m.attach();
                monitors.put(n.self(), m);
            }
        }
        for (int round = 0; round < 3; round++) {
            monitors.values().forEach(HeartbeatMonitor::beat);
            net.runUntilIdle();
        }
        HeartbeatMonitor a = monitors.get(NodeId.of("a"));
        assertEquals(2 + 6 + 6 + 2, a.averageRttMillis(NodeId.of("b")).orElseThrow(), 1e-9);
        assertEquals(24, a.averageRttMillis(NodeId.of("c")).orElseThrow(), 1e-9);
        assertTrue(a.averageRttMillis(NodeId.of("mute")).isEmpty());
        assertEquals((16 + 24) / 2.0, a.ownAverageRttMillis().orElseThrow(), 1e-9);

        Map<NodeId, Map<NodeId, Double>> rows = new TreeMap<>();
        monitors.forEach((node, m) -> rows.put(node, m.row()));
        List<Candidate> cs = LatencyMatrix.candidates(rows);
        assertEquals(4, cs.size());
        ElectionResult r = new LatencyPolicy(new Quarantine(), 0.5, 0.5).elect(cs, 2, 1);
        assertEquals(ids("a", "b"), r.delegates(), "a: (16+24)/2 = 20, b: (16+32)/2 = 24, c: (24+32)/2 = 28");
        assertEquals(ids("c"), r.standbys());
        assertEquals(List.of(new ElectionResult.Exclusion(NodeId.of("mute"), "never answered a heartbeat")),
                r.excluded());
    }

    @Test
    void forgedOrDuplicatePongsAreIgnored() {
        Net net = new Net();
        Net.Node a = net.join("a", 1, false);
        Net.Node b = net.join("b", 1, false);
        HeartbeatMonitor ma = new HeartbeatMonitor(a, net.clock, Duration.ofSeconds(1));
        ma.attach();
        new HeartbeatMonitor(b, net.clock, Duration.ofSeconds(1)).attach();
        // a pong for a ping never sent
        Bytes forged = Bytes.of(java.nio.ByteBuffer.allocate(10).put((byte) 'H').put((byte) 2).putLong(99).array());
        assertTrue(ma.handle(NodeId.of("b"), forged));
        assertTrue(ma.averageRttMillis(NodeId.of("b")).isEmpty());
        assertFalse(ma.handle(NodeId.of("b"), Bytes.of(new byte[] {1, 2, 3})), "not a heartbeat frame");
        ma.beat();
        net.duplicate = true;
        net.runUntilIdle();
        assertEquals(4, ma.averageRttMillis(NodeId.of("b")).orElseThrow(), 1e-9, "a duplicate pong is not a sample");
    }

    private static Candidate rtt(String id, double ms) {
        return new Candidate(NodeId.of(id), Config.builder("n").put("rttMs", ms).build());
    }

    private static List<NodeId> ids(String... ids) {
        return java.util.Arrays.stream(ids).map(NodeId::of).toList();
    }

    /** A tiny discrete-event network for this test: per-node one-way delay, virtual clock. */
    private static final class Net {
        final MutableClock clock = new MutableClock();
        final Map<NodeId, Node> nodes = new TreeMap<>();
        final java.util.PriorityQueue<Event> events = new java.util.PriorityQueue<>();
        long order;
        boolean duplicate;

        Node join(String id, long delayMs, boolean mute) {
            Node n = new Node(NodeId.of(id), delayMs, mute);
            nodes.put(n.id, n);
            return n;
        }

        void runUntilIdle() {
            while (!events.isEmpty()) {
                Event e = events.poll();
                clock.now = Math.max(clock.now, e.at);
                Node to = nodes.get(e.to);
                if (!to.mute && to.handler != null) {
                    to.handler.onMessage(e.from, e.message);
                }
            }
        }

        record Event(long at, long order, NodeId from, NodeId to, Bytes message) implements Comparable<Event> {
            public int compareTo(Event o) {
                return at != o.at ? Long.compare(at, o.at) : Long.compare(order, o.order);
            }
        }

        final class Node implements Transport {
            final NodeId id;
            final long delayMs;
            final boolean mute;
            MessageHandler handler;

            Node(NodeId id, long delayMs, boolean mute) {
                this.id = id;
                this.delayMs = delayMs;
                this.mute = mute;
            }

            public NodeId self() {
                return id;
            }

            public Set<NodeId> peers() {
                Set<NodeId> s = new HashSet<>(nodes.keySet());
                s.remove(id);
                return s;
            }

            public void send(NodeId to, Bytes message) {
                long at = clock.now + delayMs + nodes.get(to).delayMs;
                events.add(new Event(at, order++, id, to, message));
                if (duplicate) {
                    events.add(new Event(at + 1, order++, id, to, message));
                }
            }

            public void onMessage(MessageHandler h) {
                handler = h;
            }

            public void close() {
            }
        }
    }

    private static final class MutableClock extends Clock {
        long now = 1_000_000;

        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        public Clock withZone(ZoneId zone) {
            return this;
        }

        public Instant instant() {
            return Instant.ofEpochMilli(now);
        }
    }

}
