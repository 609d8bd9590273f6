package dev.eet.tck.consensus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.Transport;
import dev.eet.api.value.Bytes;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * Conformance kit for {@link Transport} implementations (consensus.md section 2), run over reliable links:
 * authenticated sender ids, byte-exact payloads (empty and 1 MiB), every message arriving under load from
 * several senders at once, clear errors for unknown peers, and silence after close. A transport's test supplies
 * a {@link Cluster} of connected transports:
 *
 * <pre>{@code
 * class TcpTransportConformanceTest extends TransportConformanceKit {
 *     protected Cluster createCluster(List<NodeId> nodes) { return new TcpCluster(nodes); }
 * }
 * }</pre>
 *
 * Handlers may be called from any thread; the kit only uses thread-safe collections.
 */
public abstract class TransportConformanceKit {

    /** Connected transports for the given nodes, plus a way to let time pass. */
    public interface Cluster extends AutoCloseable {
        /**
         * @param node one of the cluster's nodes
         * @return its transport
         */
        Transport transport(NodeId node);

        /**
         * Lets the network run (virtual time for simulations, real waiting otherwise) until the condition holds
         * or the limit passes.
         *
         * @param condition the goal
         * @param limit the most time to wait
         * @return whether the condition holds
         */
        boolean await(BooleanSupplier condition, Duration limit);

        /** Closes every transport. */
        @Override
        void close();
    }

    /**
     * @param nodes the nodes, each knowing all the others as peers
     * @return the cluster
     */
    protected abstract Cluster createCluster(List<NodeId> nodes);

    /** @return how long to wait for deliveries (default 20 s) */
    protected Duration patience() {
        return Duration.ofSeconds(20);
    }

    private static final List<NodeId> THREE = List.of(NodeId.of("node-a"), NodeId.of("node-b"), NodeId.of("node-c"));

    private record Received(NodeId from, Bytes message) {
    }

    @Test
    public void knowsItselfAndItsPeers() {
        try (Cluster c = createCluster(THREE)) {
            for (NodeId n : THREE) {
                Transport t = c.transport(n);
                assertEquals(n, t.self());
                Set<NodeId> expected = new java.util.TreeSet<>(THREE);
                expected.remove(n);
                assertEquals(expected, new java.util.TreeSet<>(t.peers()), "peers of " + n);
            }
        }
    }

    @Test
    public void deliversExactBytesWithTheAuthenticatedSender() {
        try (Cluster c = createCluster(THREE)) {
            ConcurrentLinkedQueue<Received> got = new ConcurrentLinkedQueue<>();
            c.transport(THREE.get(1)).onMessage((from, m) -> got.add(new Received(from, m)));
            byte[] big = new byte[1 << 20];
            new Random(7).nextBytes(big);
            c.transport(THREE.get(0)).send(THREE.get(1), Bytes.of(new byte[] {1, 2, 3}));
            c.transport(THREE.get(2)).send(THREE.get(1), Bytes.EMPTY);
            c.transport(THREE.get(0)).send(THREE.get(1), Bytes.of(big));
            assertTrue(c.await(() -> got.size() >= 3, patience()), "received only " + got.size() + " of 3");
            Map<NodeId, List<Bytes>> bySender = new ConcurrentHashMap<>();
            got.forEach(r -> bySender.computeIfAbsent(r.from(), k -> new java.util.ArrayList<>()).add(r.message()));
            assertEquals(List.of(Bytes.EMPTY), bySender.get(THREE.get(2)), "message from node-c");
            List<Bytes> fromA = bySender.get(THREE.get(0));
            assertEquals(2, fromA.size(), "messages from node-a");
            assertTrue(fromA.contains(Bytes.of(new byte[] {1, 2, 3})), "small message intact");
            assertTrue(fromA.stream().anyMatch(b -> b.length() == big.length), "1 MiB message arrived");
            assertArrayEquals(big, fromA.stream().filter(b -> b.length() == big.length).findFirst().orElseThrow()
                    .toArray(), "1 MiB message intact");
        }
    }

    @Test
    public void everyMessageArrivesUnderConcurrentLoad() {
        int perPair = 300;
        try (Cluster c = createCluster(THREE)) {
            Map<NodeId, Set<String>> received = new ConcurrentHashMap<>();
            AtomicInteger count = new AtomicInteger();
            for (NodeId n : THREE) {
                Set<String> set = ConcurrentHashMap.newKeySet();
                received.put(n, set);
                c.transport(n).onMessage((from, m) -> {
                    int seq = ByteBuffer.wrap(m.toArray()).getInt();
                    if (set.add(from + "#" + seq)) {
                        count.incrementAndGet();
                    }
                });
            }
            List<Thread> senders = new java.util.ArrayList<>();
            for (NodeId from : THREE) {
                Thread t = new Thread(() -> {
                    for (int i = 0; i < perPair; i++) {
                        for (NodeId to : THREE) {
                            if (!to.equals(from)) {
                                c.transport(from).send(to, Bytes.of(ByteBuffer.allocate(8).putInt(i).putInt(-i)
                                        .array()));
                            }
                        }
                    }
                });
                senders.add(t);
            }
            senders.forEach(Thread::start);
            for (Thread t : senders) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
            int expected = perPair * THREE.size() * (THREE.size() - 1);
            assertTrue(c.await(() -> count.get() >= expected, patience()),
                    "distinct messages received " + count.get() + " of " + expected);
            for (NodeId n : THREE) {
                for (NodeId from : THREE) {
                    if (from.equals(n)) {
                        continue;
                    }
                    for (int i = 0; i < perPair; i++) {
                        assertTrue(received.get(n).contains(from + "#" + i), n + " missed message " + i + " of " + from);
                    }
                }
            }
        }
    }

    @Test
    public void sendingToAnUnknownPeerFailsClearly() {
        try (Cluster c = createCluster(THREE)) {
            InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                    () -> c.transport(THREE.get(0)).send(NodeId.of("nobody"), Bytes.EMPTY));
            assertTrue(e.getMessage().contains("nobody"), e.getMessage());
        }
    }

    @Test
    public void aClosedTransportNeitherSendsNorReceives() {
        try (Cluster c = createCluster(THREE)) {
            ConcurrentLinkedQueue<Received> atB = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Received> atC = new ConcurrentLinkedQueue<>();
            c.transport(THREE.get(1)).onMessage((from, m) -> atB.add(new Received(from, m)));
            c.transport(THREE.get(2)).onMessage((from, m) -> atC.add(new Received(from, m)));
            c.transport(THREE.get(1)).close();
            c.transport(THREE.get(0)).send(THREE.get(1), Bytes.of(new byte[] {9}));
            c.transport(THREE.get(1)).send(THREE.get(2), Bytes.of(new byte[] {8}));
            c.transport(THREE.get(0)).send(THREE.get(2), Bytes.of(new byte[] {7}));
            assertTrue(c.await(() -> !atC.isEmpty(), patience()), "control message to node-c did not arrive");
            c.await(() -> false, Duration.ofMillis(300));
            assertTrue(atB.isEmpty(), "a closed transport received " + atB);
            assertEquals(1, atC.size(), "node-c received " + atC + " (a closed transport must not send)");
            assertEquals(THREE.get(0), atC.peek().from());
        }
    }
}
