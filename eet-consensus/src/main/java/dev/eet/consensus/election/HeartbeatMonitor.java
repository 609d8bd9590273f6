package dev.eet.consensus.election;

import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.Transport;
import dev.eet.api.value.Bytes;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Measures round-trip times to every peer with periodic heartbeats over a {@link Transport} and averages them
 * ([CloudEdge]). Each {@link #beat()} sends a numbered ping to every peer; a peer's monitor answers with a pong
 * carrying the same number; the RTT is the injected clock's time between sending the ping and receiving its pong
 * (so it runs on virtual time over the simulated transport). Forged, late-duplicate or unknown pongs are ignored;
 * a ping not answered within {@code timeout} counts as lost. Thread-safe.
 *
 * <p>Frame: byte {@code 'H'}, kind (1 ping, 2 pong), 8-byte sequence number. When the transport is shared with a
 * protocol, call {@link #handle(NodeId, Bytes)} from the protocol's handler first; it returns whether the message
 * was a heartbeat.
 */
public final class HeartbeatMonitor {
    private static final byte MAGIC = 'H';
    private static final byte PING = 1;
    private static final byte PONG = 2;
    private static final int FRAME = 10;

    private final Transport transport;
    private final Clock clock;
    private final long timeoutNanos;
    private final Map<Long, Pending> pending = new LinkedHashMap<>();
    private final Map<NodeId, Stats> stats = new HashMap<>();
    private long nextSequence;

    /**
     * @param transport the transport to send heartbeats over
     * @param clock the clock RTTs are measured on (virtual time in simulations)
     * @param timeout how long a ping may stay unanswered before it counts as lost
     */
    public HeartbeatMonitor(Transport transport, Clock clock, java.time.Duration timeout) {
        this.transport = transport;
        this.clock = clock;
        this.timeoutNanos = timeout.toNanos();
    }

    /** Registers this monitor as the transport's only message handler (when nothing else uses it). */
    public void attach() {
        transport.onMessage(this::handle);
    }

    /** Sends one ping to every peer and forgets pings older than the timeout. */
    public void beat() {
        long now = nanos();
        Map<NodeId, Long> toSend = new TreeMap<>();
        synchronized (this) {
            pending.values().removeIf(p -> now - p.sentNanos > timeoutNanos);
            for (NodeId peer : transport.peers()) {
                if (peer.equals(transport.self())) {
                    continue;
                }
                long seq = nextSequence++;
                pending.put(seq, new Pending(peer, now));
                stats.computeIfAbsent(peer, p -> new Stats()).sent++;
                toSend.put(peer, seq);
            }
        }
        toSend.forEach((peer, seq) -> transport.send(peer, frame(PING, seq)));
    }

    /**
     * Answers pings and records pongs.
     *
     * @param from the authenticated sender
     * @param message the message
     * @return whether it was a heartbeat frame (consumed here)
     */
    public boolean handle(NodeId from, Bytes message) {
        if (message.length() != FRAME || message.get(0) != MAGIC) {
            return false;
        }
        byte kind = message.get(1);
        long seq = ByteBuffer.wrap(message.toArray(), 2, 8).getLong();
        if (kind == PING) {
            transport.send(from, frame(PONG, seq));
            return true;
        }
        if (kind != PONG) {
            return false;
        }
        long now = nanos();
        synchronized (this) {
            Pending p = pending.get(seq);
            if (p == null || !p.peer.equals(from)) {
                return true;
            }
            pending.remove(seq);
            Stats s = stats.computeIfAbsent(from, x -> new Stats());
            s.answered++;
            s.totalRttNanos += Math.max(0, now - p.sentNanos);
        }
        return true;
    }

    /**
     * @param peer a peer
     * @return its average RTT in milliseconds, empty if it never answered
     */
    public synchronized OptionalDouble averageRttMillis(NodeId peer) {
        Stats s = stats.get(peer);
        return s == null || s.answered == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(s.totalRttNanos / 1e6 / s.answered);
    }

    /**
     * This node's row of the latency matrix: every pinged peer with its average RTT in milliseconds, or
     * {@code null} when it never answered (see {@link LatencyMatrix}).
     *
     * @return the row, by peer
     */
    public synchronized SortedMap<NodeId, Double> row() {
        SortedMap<NodeId, Double> row = new TreeMap<>();
        stats.forEach((peer, s) -> row.put(peer, s.answered == 0 ? null : s.totalRttNanos / 1e6 / s.answered));
        return row;
    }

    /** @return this node's own average RTT over the peers that answered, empty if none did */
    public synchronized OptionalDouble ownAverageRttMillis() {
        return row().values().stream().filter(v -> v != null).mapToDouble(Double::doubleValue).average();
    }

    private long nanos() {
        Instant i = clock.instant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    private static Bytes frame(byte kind, long seq) {
        return Bytes.of(ByteBuffer.allocate(FRAME).put(MAGIC).put(kind).putLong(seq).array());
    }

    private record Pending(NodeId peer, long sentNanos) {
    }

    private static final class Stats {
        long sent;
        long answered;
        long totalRttNanos;
    }
}
