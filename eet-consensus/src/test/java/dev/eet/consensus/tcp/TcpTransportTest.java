package dev.eet.consensus.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.consensus.NodeId;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.crypto.NodeKeys;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

class TcpTransportTest {
    private static final NodeId A = NodeId.of("a");
    private static final NodeId B = NodeId.of("b");
    private static final InetSocketAddress ANY = new InetSocketAddress("127.0.0.1", 0);

    private static boolean await(java.util.function.BooleanSupplier c, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!c.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        return c.getAsBoolean();
    }

    @Test
    void anImpostorWithTheWrongKeyIsNeverDelivered() throws Exception {
        NodeKeys a = NodeKeys.derive(A, 1);
        NodeKeys b = NodeKeys.derive(B, 1);
        NodeKeys fakeA = NodeKeys.derive(A, 666);          // claims to be "a" with another key
        try (TcpTransport tb = TcpTransport.bind(b, ANY, TcpTransport.Options.DEFAULTS);
             TcpTransport impostor = TcpTransport.bind(fakeA, ANY, TcpTransport.Options.DEFAULTS);
             TcpTransport ta = TcpTransport.bind(a, ANY, TcpTransport.Options.DEFAULTS)) {
            ConcurrentLinkedQueue<String> got = new ConcurrentLinkedQueue<>();
            tb.onMessage((from, m) -> got.add(from + ":" + m.get(0)));
            tb.connect(List.of(new TcpTransport.Peer(A, ta.localAddress(), a.publicKey())));
            impostor.connect(List.of(new TcpTransport.Peer(B, tb.localAddress(), b.publicKey())));
            ta.connect(List.of(new TcpTransport.Peer(B, tb.localAddress(), b.publicKey())));
            impostor.send(B, Bytes.of(new byte[] {66}));
            ta.send(B, Bytes.of(new byte[] {1}));
            assertTrue(await(() -> got.contains("a:1"), Duration.ofSeconds(10)), "genuine a delivered");
            Thread.sleep(300);
            assertEquals(List.of("a:1"), List.copyOf(got), "the impostor's message must not be delivered");
            assertTrue(!impostor.connected(B), "the impostor is never authenticated");
        }
    }

    @Test
    void dialingAPeerThatAnswersWithAnotherKeyFails() throws Exception {
        NodeKeys a = NodeKeys.derive(A, 1);
        NodeKeys b = NodeKeys.derive(B, 1);
        try (TcpTransport tb = TcpTransport.bind(NodeKeys.derive(B, 999), ANY, TcpTransport.Options.DEFAULTS);
             TcpTransport ta = TcpTransport.bind(a, ANY, TcpTransport.Options.DEFAULTS)) {
            tb.connect(List.of(new TcpTransport.Peer(A, ta.localAddress(), a.publicKey())));
            ta.connect(List.of(new TcpTransport.Peer(B, tb.localAddress(), b.publicKey())));
            Thread.sleep(300);
            assertTrue(!ta.connected(B), "a must not accept a 'b' that cannot sign with b's key");
        }
    }

    @Test
    void reconnectsAfterThePeerRestartsAndDropsWhenQueuesOverflow() throws Exception {
        NodeKeys a = NodeKeys.derive(A, 1);
        NodeKeys b = NodeKeys.derive(B, 1);
        TcpTransport.Options small = new TcpTransport.Options(10, Duration.ofMillis(50), Duration.ofMillis(10),
                Duration.ofMillis(200), 1 << 20, Duration.ofSeconds(2));
        try (TcpTransport ta = TcpTransport.bind(a, ANY, small)) {
            TcpTransport tb = TcpTransport.bind(b, ANY, small);
            InetSocketAddress bAddr = tb.localAddress();
            ConcurrentLinkedQueue<Integer> got = new ConcurrentLinkedQueue<>();
            tb.onMessage((from, m) -> got.add((int) m.get(0)));
            tb.connect(List.of(new TcpTransport.Peer(A, ta.localAddress(), a.publicKey())));
            ta.connect(List.of(new TcpTransport.Peer(B, bAddr, b.publicKey())));
            ta.send(B, Bytes.of(new byte[] {1}));
            assertTrue(await(() -> got.contains(1), Duration.ofSeconds(10)));
            tb.close();
            // A learns that B is gone only when a write fails: probe until it does (bounded), instead of a fixed
            // sleep that a loaded machine outruns (writes into the closed socket's buffer are not drops)
            long until = System.nanoTime() + 10_000_000_000L;
            while (ta.connected(B) && System.nanoTime() < until) {
                ta.send(B, Bytes.of(new byte[] {0}));
                Thread.sleep(20);
            }
            assertTrue(!ta.connected(B), "A notices that B is down");
            long before = ta.dropped();
            for (int i = 0; i < 100; i++) {
                ta.send(B, Bytes.of(new byte[] {2}));        // peer down: bounded queue, oldest dropped
            }
            long dropped = ta.dropped() - before;
            assertTrue(dropped >= 50, "bounded queue of 10 must drop most of 100: dropped " + dropped);
            TcpTransport tb2 = TcpTransport.bind(b, bAddr, small);  // same node, same port, restarted
            try (tb2) {
                ConcurrentLinkedQueue<Integer> got2 = new ConcurrentLinkedQueue<>();
                tb2.onMessage((from, m) -> got2.add((int) m.get(0)));
                tb2.connect(List.of(new TcpTransport.Peer(A, ta.localAddress(), a.publicKey())));
                assertTrue(await(() -> ta.connected(B), Duration.ofSeconds(10)), "reconnected with backoff");
                ta.send(B, Bytes.of(new byte[] {3}));
                assertTrue(await(() -> got2.contains(3), Duration.ofSeconds(10)), "delivered after reconnect: " + got2);
            }
        }
    }
}
