package dev.eet.matching.continuous.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The continuous book against exchange-core 0.5.3 on the same generated command stream ({@link CommandStream}:
 * 60% place, 30% cancel, 10% aggressive IOC). One benchmark operation is one command; the stream is replayed
 * cyclically (it ends with an empty book). {@code throughput} reports commands per second, {@code latency}
 * the per-command time distribution (JMH SampleTime: p50, p90, p99, p99.9...).
 *
 * <p>Before measuring, the setup replays the whole stream once on the engine and checks that it traded exactly
 * what EET's book trades (quantity, count, notional) and ended empty: the engines do the same work.
 *
 * <pre>{@code
 * java -jar eet-matching/target/benchmarks.jar OrderBookBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s
 * }</pre>
 */
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class OrderBookBenchmark {

    /** Which book: EET's, or exchange-core's direct (ART tree) or naive (TreeMap) implementation. */
    @Param({"eet", "exchange-core-direct", "exchange-core-naive"})
    public String engine;

    /**
     * Largest aggressive order in lots (resting orders have 1..100): 400 keeps the book thin (about 60 resting
     * orders on average), 10 lets it grow deeper (about 460 on average, up to about 1,300).
     */
    @Param({"400", "10"})
    public int aggressiveMaxLots;

    /** Random commands in the stream. */
    @Param({"1000000"})
    public int commands;

    private CommandStream stream;
    private Engine book;
    private int cursor;

    /** Generates the stream, checks the engine against EET's book on one full pass, then starts afresh. */
    @Setup(Level.Trial)
    public void setUp() {
        stream = CommandStream.generate(commands, 20261121L, aggressiveMaxLots);
        Engine reference = new EetEngine(stream);
        Engine candidate = create();
        for (int i = 0; i < stream.length; i++) {
            reference.apply(i);
            candidate.apply(i);
        }
        if (reference.traded() != candidate.traded() || reference.trades() != candidate.trades()
                || notional(reference) != notional(candidate) || candidate.resting() != 0) {
            throw new IllegalStateException(engine + " disagrees with EET's book on the stream: traded "
                    + candidate.traded() + " vs " + reference.traded() + ", trades " + candidate.trades() + " vs "
                    + reference.trades() + ", resting " + candidate.resting());
        }
        System.out.println("# stream: " + stream + "; " + reference.trades() + " trades per pass");
        book = create();
        cursor = 0;
    }

    private static long notional(Engine e) {
        return e instanceof EetEngine eet ? eet.notional() : ((ExchangeCoreEngine) e).notional();
    }

    private Engine create() {
        return switch (engine) {
            case "eet" -> new EetEngine(stream);
            case "exchange-core-direct" -> new ExchangeCoreEngine(stream, true);
            case "exchange-core-naive" -> new ExchangeCoreEngine(stream, false);
            default -> throw new IllegalArgumentException("unknown engine " + engine);
        };
    }

    private long next() {
        int i = cursor;
        cursor = i + 1 == stream.length ? 0 : i + 1;
        return book.apply(i);
    }

    /** @return commands per second */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public long throughput() {
        return next();
    }

    /** @return per-command latency distribution in nanoseconds */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public long latency() {
        return next();
    }
}
