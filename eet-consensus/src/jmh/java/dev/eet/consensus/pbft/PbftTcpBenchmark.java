package dev.eet.consensus.pbft;

import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.crypto.KeyDirectory;
import dev.eet.consensus.crypto.NodeKeys;
import dev.eet.consensus.ledger.MemoryLedgerStore;
import dev.eet.consensus.ledger.Transactions;
import dev.eet.consensus.runtime.ExecutorScheduler;
import dev.eet.consensus.tcp.TcpTransport;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A 4-member PBFT group in one JVM, each member on its own loopback TCP transport and event thread, with
 * in-memory ledgers. {@code throughput}: committed transactions per second at batch size (MMC) 1/100/1000;
 * {@code latency}: submit-to-commit time of one transaction (sample mode gives the percentiles).
 */
@State(Scope.Benchmark)
public class PbftTcpBenchmark {
    private static final int TXS = 2_000;

    @Param({"1", "100", "1000"})
    public int batch;

    private final List<PbftReplica> replicas = new ArrayList<>();
    private final List<TcpTransport> transports = new ArrayList<>();
    private final List<ExecutorScheduler> schedulers = new ArrayList<>();
    private final AtomicLong committed = new AtomicLong();
    private NodeKeys client;
    private long nonce;
    private List<TransactionEnvelope> next;

    @Setup(Level.Trial)
    public void start() {
        List<NodeKeys> keys = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            keys.add(NodeKeys.derive(NodeId.of("b" + i), 1));
        }
        client = NodeKeys.derive(NodeId.of("client"), 1);
        List<NodeKeys> all = new ArrayList<>(keys);
        all.add(client);
        PbftGroup group = new PbftGroup(keys.stream().map(NodeKeys::node).toList(), Set.of(), KeyDirectory.of(all));
        List<TcpTransport.Peer> peers = new ArrayList<>();
        for (NodeKeys k : keys) {
            TcpTransport t = TcpTransport.bind(k, new InetSocketAddress("127.0.0.1", 0), TcpTransport.Options.DEFAULTS);
            transports.add(t);
            peers.add(new TcpTransport.Peer(k.node(), t.localAddress(), k.publicKey()));
        }
        PbftOptions o = PbftOptions.DEFAULTS.withBatching(batch, Duration.ofMillis(2)).withViewTimeout(Duration.ofSeconds(5))
                .withCheckpointInterval(64);
        for (int i = 0; i < 4; i++) {
            transports.get(i).connect(peers);
            ExecutorScheduler s = new ExecutorScheduler("bench-b" + i, Clock.systemUTC());
            schedulers.add(s);
            replicas.add(new PbftReplica(group, keys.get(i), transports.get(i), s, new MemoryLedgerStore(), o));
        }
        replicas.get(0).onCommit(b -> committed.addAndGet(b.transactions().size()));
        replicas.forEach(PbftReplica::start);
    }

    @Setup(Level.Invocation)
    public void sign() {
        next = new ArrayList<>(TXS);
        for (int i = 0; i < TXS; i++) {
            long n = nonce++;
            next.add(Transactions.sign(client, "bench", Bytes.of(ByteBuffer.allocate(8).putLong(n).array()), n, n));
        }
    }

    private void await(long target) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (committed.get() < target) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no progress: " + committed.get() + " of " + target);
            }
            LockSupport.parkNanos(20_000);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(TXS)
    public long throughput() {
        long target = committed.get() + TXS;
        for (TransactionEnvelope tx : next) {
            replicas.get(0).submit(tx);
        }
        await(target);
        return committed.get();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long latency() {
        long target = committed.get() + 1;
        replicas.get(0).submit(next.get(0));
        next.remove(0);
        if (next.isEmpty()) {
            sign();
        }
        await(target);
        return committed.get();
    }

    @TearDown(Level.Trial)
    public void stop() {
        replicas.forEach(PbftReplica::close);
        transports.forEach(TcpTransport::close);
        schedulers.forEach(ExecutorScheduler::close);
    }
}
