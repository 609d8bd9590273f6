package dev.eet.consensus.tcp;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.Transport;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.crypto.KeyDirectory;
import dev.eet.consensus.crypto.NodeKeys;
import dev.eet.consensus.ledger.CanonicalReader;
import dev.eet.consensus.ledger.CanonicalWriter;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Transport} over TCP.
 *
 * <ul>
 *   <li><b>Connections.</b> Each node dials every peer once for its outgoing traffic and accepts the peers'
 *       connections for incoming traffic (two one-way connections per pair: no tie-breaking needed).</li>
 *   <li><b>Frames.</b> {@code [u32 length][payload]}; a frame longer than {@link Options#maxFrameBytes()} closes
 *       the connection.</li>
 *   <li><b>Authentication.</b> Dialer sends {@code HELLO(id, nonceD)}; acceptor answers {@code HELLO(id, nonceA,
 *       sig_A("eet-tcp-v1 acceptor", nonceD, nonceA, dialer, acceptor))}; dialer checks the acceptor is the peer
 *       it dialed and answers {@code AUTH(sig_D("eet-tcp-v1 dialer", nonceA, nonceD, dialer, acceptor))}; the
 *       acceptor checks it against the dialer's known key and confirms with {@code OK}. Fresh 32-byte nonces on both sides prevent replay;
 *       unknown ids and bad signatures close the connection. The handler receives the authenticated id.</li>
 *   <li><b>Back-pressure.</b> Each peer has a bounded queue. While the peer is connected, {@link #send} waits up
 *       to {@link Options#sendWait()} for space, then drops the message; while it is disconnected the oldest
 *       queued message is dropped. {@link #dropped()} counts both. Delivery is best effort, as the SPI says.</li>
 *   <li><b>Reconnect.</b> A failed connection is re-dialled after an exponential backoff between
 *       {@link Options#backoffMin()} and {@link Options#backoffMax()}, with jitter.</li>
 * </ul>
 *
 * <pre>{@code
 * TcpTransport t = TcpTransport.bind(keys, new InetSocketAddress("127.0.0.1", 0), TcpTransport.Options.DEFAULTS);
 * t.connect(List.of(new TcpTransport.Peer(NodeId.of("b"), bAddress, bPublicKey)));
 * t.onMessage((from, msg) -> ...);
 * t.send(NodeId.of("b"), payload);
 * }</pre>
 */
public final class TcpTransport implements Transport {
    private static final Logger LOG = LoggerFactory.getLogger(TcpTransport.class);
    private static final String PROTOCOL = "eet-tcp-v1";
    private static final int NONCE = 32;

    private final NodeKeys keys;
    private final Options options;
    private final ServerSocket server;
    private final Map<NodeId, PeerLink> links = new ConcurrentHashMap<>();
    private final Set<Socket> inbound = ConcurrentHashMap.newKeySet();
    private final SecureRandom nonces = new SecureRandom();
    private final AtomicLong dropped = new AtomicLong();
    private volatile KeyDirectory directory = KeyDirectory.of(Map.of());
    private volatile MessageHandler handler = (from, m) -> { };
    private volatile boolean closed;

    /**
     * Tuning.
     *
     * @param queueCapacity messages queued per peer
     * @param sendWait how long {@link #send} blocks on a full queue of a connected peer
     * @param backoffMin first reconnect delay
     * @param backoffMax largest reconnect delay
     * @param maxFrameBytes largest accepted frame
     * @param handshakeTimeout how long a handshake may take
     */
    public record Options(int queueCapacity, Duration sendWait, Duration backoffMin, Duration backoffMax,
                          int maxFrameBytes, Duration handshakeTimeout) {
        /** 10,000 messages, 1 s wait, 50 ms to 5 s backoff, 64 MiB frames, 5 s handshake. */
        public static final Options DEFAULTS = new Options(10_000, Duration.ofSeconds(1), Duration.ofMillis(50),
                Duration.ofSeconds(5), 64 << 20, Duration.ofSeconds(5));

        /** Checks ranges. */
        public Options {
            if (queueCapacity < 1 || maxFrameBytes < 1024 || backoffMin.isNegative() || backoffMax.compareTo(backoffMin) < 0) {
                throw new InvalidArgumentException("tcp transport", "options", "queueCapacity >= 1, maxFrameBytes >= "
                        + "1024 and 0 <= backoffMin <= backoffMax are required");
            }
        }
    }

    /**
     * A peer.
     *
     * @param id its node id
     * @param address where it listens
     * @param publicKey its Ed25519 public key
     */
    public record Peer(NodeId id, InetSocketAddress address, Bytes publicKey) {
        /** Checks for nulls. */
        public Peer {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(publicKey, "publicKey");
        }
    }

    private TcpTransport(NodeKeys keys, Options options, ServerSocket server) {
        this.keys = keys;
        this.options = options;
        this.server = server;
    }

    /**
     * Listens on {@code address} (port 0 for an ephemeral port) and starts accepting authenticated peers.
     *
     * @param keys this node's keys
     * @param address where to listen
     * @param options tuning
     * @return the transport (call {@link #connect} to add peers)
     */
    public static TcpTransport bind(NodeKeys keys, InetSocketAddress address, Options options) {
        try {
            ServerSocket s = new ServerSocket();
            s.setReuseAddress(true);
            s.bind(address);
            TcpTransport t = new TcpTransport(keys, options, s);
            Thread acceptor = new Thread(t::acceptLoop, "eet-tcp-accept-" + keys.node());
            acceptor.setDaemon(true);
            acceptor.start();
            return t;
        } catch (IOException e) {
            throw new UncheckedIOException("tcp transport " + keys.node() + ": cannot listen on " + address, e);
        }
    }

    /** @return the bound address (with the real port when bound to port 0) */
    public InetSocketAddress localAddress() {
        return (InetSocketAddress) server.getLocalSocketAddress();
    }

    /**
     * Adds peers: starts dialling each and accepts their connections.
     *
     * @param peers the peers (not this node)
     */
    public synchronized void connect(Collection<Peer> peers) {
        KeyDirectory d = directory;
        for (Peer p : peers) {
            if (p.id().equals(keys.node())) {
                continue;
            }
            d = d.with(p.id(), p.publicKey());
        }
        directory = d;
        for (Peer p : peers) {
            if (!p.id().equals(keys.node()) && !links.containsKey(p.id())) {
                PeerLink link = new PeerLink(p);
                links.put(p.id(), link);
                link.start();
            }
        }
    }

    @Override
    public NodeId self() {
        return keys.node();
    }

    @Override
    public Set<NodeId> peers() {
        return new TreeSet<>(links.keySet());
    }

    /** @return messages dropped by full queues so far */
    public long dropped() {
        return dropped.get();
    }

    /**
     * @param peer a peer
     * @return whether its outgoing connection is currently authenticated
     */
    public boolean connected(NodeId peer) {
        PeerLink l = links.get(peer);
        return l != null && l.connected;
    }

    @Override
    public void send(NodeId to, Bytes message) {
        PeerLink link = links.get(to);
        if (link == null) {
            throw new InvalidArgumentException("tcp transport " + keys.node(), "to", "unknown peer " + to);
        }
        if (closed) {
            return;
        }
        if (message.length() > options.maxFrameBytes()) {
            throw new InvalidArgumentException("tcp transport " + keys.node(), "message",
                    message.length() + " bytes exceed the frame limit " + options.maxFrameBytes());
        }
        link.enqueue(message);
    }

    @Override
    public void onMessage(MessageHandler h) {
        this.handler = Objects.requireNonNull(h, "handler");
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug("close server", e);
        }
        links.values().forEach(PeerLink::stop);
        for (Socket s : inbound) {
            closeQuietly(s);
        }
    }

    // ------------------------------------------------------------------ inbound

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket s = server.accept();
                inbound.add(s);
                Thread reader = new Thread(() -> serve(s), "eet-tcp-in-" + keys.node());
                reader.setDaemon(true);
                reader.start();
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("{}: accept failed: {}", keys.node(), e.getMessage());
                }
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            s.setTcpNoDelay(true);
            s.setSoTimeout((int) options.handshakeTimeout().toMillis());
            DataInputStream in = new DataInputStream(new BufferedInputStream(s.getInputStream(), 64 << 10));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(s.getOutputStream()));
            CanonicalReader hello = new CanonicalReader(readFrame(in, 4096), "tcp hello");
            if (!PROTOCOL.equals(hello.readString("protocol"))) {
                throw new IOException("not an " + PROTOCOL + " peer");
            }
            NodeId dialer = hello.readNode("node");
            byte[] nonceD = hello.readBytes("nonce").toArray();
            if (directory.publicKey(dialer).isEmpty() || nonceD.length != NONCE) {
                throw new IOException("unknown peer " + dialer);
            }
            byte[] nonceA = new byte[NONCE];
            nonces.nextBytes(nonceA);
            Bytes sigA = keys.sign(transcript("acceptor", nonceD, nonceA, dialer, keys.node()));
            writeFrame(out, new CanonicalWriter().writeString(PROTOCOL).writeNode(keys.node())
                    .writeBytes(nonceA).writeBytes(sigA).toByteArray());
            out.flush();
            CanonicalReader auth = new CanonicalReader(readFrame(in, 4096), "tcp auth");
            Bytes sigD = auth.readBytes("signature");
            if (!directory.verify(dialer, transcript("dialer", nonceA, nonceD, dialer, keys.node()), sigD)) {
                throw new IOException("peer " + dialer + " failed authentication");
            }
            writeFrame(out, new byte[] {1});
            out.flush();
            s.setSoTimeout(0);
            while (!closed) {
                byte[] frame = readFrame(in, options.maxFrameBytes());
                if (closed) {
                    break;
                }
                try {
                    handler.onMessage(dialer, Bytes.of(frame));
                } catch (RuntimeException e) {
                    LOG.warn("{}: handler failed on a message from {}", keys.node(), dialer, e);
                }
            }
        } catch (EOFException | SocketException e) {
            LOG.debug("{}: inbound connection ended: {}", keys.node(), e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.info("{}: inbound connection rejected or failed: {}", keys.node(), e.getMessage());
        } finally {
            inbound.remove(s);
        }
    }

    private static byte[] transcript(String role, byte[] n1, byte[] n2, NodeId dialer, NodeId acceptor) {
        return new CanonicalWriter().writeString(PROTOCOL + " " + role).writeBytes(n1).writeBytes(n2)
                .writeNode(dialer).writeNode(acceptor).toByteArray();
    }

    private static byte[] readFrame(DataInputStream in, int max) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > max) {
            throw new IOException("frame of " + n + " bytes outside [0, " + max + "]");
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return b;
    }

    private static void writeFrame(DataOutputStream out, byte[] payload) throws IOException {
        out.writeInt(payload.length);
        out.write(payload);
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    // ------------------------------------------------------------------ outbound

    private final class PeerLink {
        private final Peer peer;
        private final ArrayBlockingQueue<Bytes> queue = new ArrayBlockingQueue<>(options.queueCapacity());
        private final Thread writer;
        private final Random jitter = new Random();
        private volatile boolean connected;
        private volatile Socket socket;

        PeerLink(Peer peer) {
            this.peer = peer;
            this.writer = new Thread(this::run, "eet-tcp-out-" + keys.node() + "-" + peer.id());
            writer.setDaemon(true);
        }

        void start() {
            writer.start();
        }

        void enqueue(Bytes m) {
            try {
                if (connected) {
                    if (!queue.offer(m, options.sendWait().toNanos(), TimeUnit.NANOSECONDS)) {
                        dropped.incrementAndGet();
                    }
                } else {
                    while (!queue.offer(m)) {
                        if (queue.poll() != null) {
                            dropped.incrementAndGet();
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                dropped.incrementAndGet();
            }
        }

        void stop() {
            writer.interrupt();
            Socket s = socket;
            if (s != null) {
                closeQuietly(s);
            }
        }

        private void run() {
            long backoff = options.backoffMin().toMillis();
            while (!closed) {
                Socket s = new Socket();
                try {
                    socket = s;
                    s.setTcpNoDelay(true);
                    s.connect(peer.address(), (int) options.handshakeTimeout().toMillis());
                    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(s.getOutputStream(), 64 << 10));
                    DataInputStream in = new DataInputStream(new BufferedInputStream(s.getInputStream()));
                    handshake(s, in, out);
                    connected = true;
                    backoff = options.backoffMin().toMillis();
                    pump(out);
                } catch (InterruptedException e) {
                    break;
                } catch (IOException | RuntimeException e) {
                    if (!closed) {
                        LOG.debug("{}: link to {} failed: {}", keys.node(), peer.id(), e.getMessage());
                    }
                } finally {
                    connected = false;
                    closeQuietly(s);
                }
                if (closed) {
                    break;
                }
                try {
                    long wait = backoff + (backoff > 0 ? jitter.nextInt((int) Math.min(Integer.MAX_VALUE, backoff)) : 0);
                    Thread.sleep(Math.min(wait, options.backoffMax().toMillis()));
                } catch (InterruptedException e) {
                    break;
                }
                backoff = Math.min(Math.max(1, backoff * 2), options.backoffMax().toMillis());
            }
        }

        private void handshake(Socket s, DataInputStream in, DataOutputStream out) throws IOException {
            s.setSoTimeout((int) options.handshakeTimeout().toMillis());
            byte[] nonceD = new byte[NONCE];
            nonces.nextBytes(nonceD);
            writeFrame(out, new CanonicalWriter().writeString(PROTOCOL).writeNode(keys.node()).writeBytes(nonceD)
                    .toByteArray());
            out.flush();
            CanonicalReader r = new CanonicalReader(readFrame(in, 4096), "tcp hello reply");
            if (!PROTOCOL.equals(r.readString("protocol"))) {
                throw new IOException("not an " + PROTOCOL + " peer");
            }
            NodeId acceptor = r.readNode("node");
            byte[] nonceA = r.readBytes("nonce").toArray();
            Bytes sigA = r.readBytes("signature");
            if (!acceptor.equals(peer.id()) || nonceA.length != NONCE
                    || !KeyDirectory.verify(peer.publicKey(), transcript("acceptor", nonceD, nonceA, keys.node(), acceptor), sigA)) {
                throw new IOException("peer at " + peer.address() + " is not authenticated as " + peer.id());
            }
            writeFrame(out, new CanonicalWriter().writeBytes(keys.sign(transcript("dialer", nonceA, nonceD,
                    keys.node(), acceptor))).toByteArray());
            out.flush();
            byte[] ok = readFrame(in, 16);
            if (ok.length != 1 || ok[0] != 1) {
                throw new IOException("peer " + peer.id() + " did not accept the handshake");
            }
            s.setSoTimeout(0);
        }

        private void pump(DataOutputStream out) throws IOException, InterruptedException {
            while (!closed) {
                Bytes m = queue.poll(200, TimeUnit.MILLISECONDS);
                if (m == null) {
                    continue;
                }
                writeFrame(out, m.toArray());
                Bytes more;
                while ((more = queue.poll()) != null) {
                    writeFrame(out, more.toArray());
                }
                out.flush();
            }
        }
    }
}
