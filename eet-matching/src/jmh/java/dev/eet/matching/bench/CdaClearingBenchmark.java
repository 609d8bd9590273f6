package dev.eet.matching.bench;

import dev.eet.api.model.Order;
import dev.eet.api.model.Side;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Price;
import dev.eet.matching.auction.AuctionBook;
import dev.eet.matching.auction.AuctionOutcome;
import dev.eet.matching.auction.CdaMatcher;
import dev.eet.api.matching.MatchResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code cda} clearing of N orders against the floor the issue sets: {@link Arrays#sort(long[])} of N random longs.
 * <ul>
 *   <li>{@code sortLongs}: copy N random longs into a scratch array and sort them (the floor).</li>
 *   <li>{@code cdaClear}: rounds 1 and 2 of the periodic double auction on a primitive {@link AuctionBook} of N
 *       orders (half buy, half sell, random prices 0.10-0.80 at micro resolution, reserves up to 0.10 beyond the
 *       limit, N/4 participants on both sides), producing the primitive trade log and open quantities.</li>
 *   <li>{@code cdaMatch}: the whole {@code Matcher.match(List<Order>)} path on the same orders as objects:
 *       duplicate-id check, canonical order, book building, {@code Trade}/{@code GridTrade} objects.</li>
 * </ul>
 * Same seed, same book. Run: {@code java -jar eet-matching/target/benchmarks.jar CdaClearingBenchmark}.
 *
 * <p>The fork gets a fixed 4 GB heap ({@code -Xms4g -Xmx4g}, default collector G1): at 1M orders the state alone
 * holds a million {@code Order} objects and one {@code cdaMatch} allocates about 267 MB (JMH {@code -prof gc}),
 * so with the default initial heap (1/64 of RAM) the first iterations measure heap growth rather than matching.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class CdaClearingBenchmark {

    /** Number of orders (and of longs sorted by the baseline). */
    @Param({"10000", "100000", "1000000"})
    public int orders;

    private long[] randomLongs;
    private long[] scratch;
    private AuctionBook book;
    private List<Order> orderObjects;
    private final CdaMatcher cda = new CdaMatcher();

    /** Builds the book and the longs once per trial, from seed 2026. */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(2026);
        randomLongs = new long[orders];
        for (int i = 0; i < orders; i++) {
            randomLongs[i] = rnd.nextLong();
        }
        scratch = new long[orders];
        AuctionBook.Builder b = AuctionBook.builder(orders);
        orderObjects = new ArrayList<>(orders);
        int participants = Math.max(1, orders / 4);
        for (int i = 0; i < orders; i++) {
            boolean sell = rnd.nextBoolean();
            long limit = rnd.nextLong(100_000, 800_001);
            long gap = rnd.nextLong(0, 100_001);
            long reserve = sell ? Math.max(0, limit - gap) : limit + gap;
            long qty = rnd.nextLong(1_000, 50_000_001);
            int participant = rnd.nextInt(participants);
            b.add(sell, limit, reserve, qty, participant, false);
            orderObjects.add(Order.builder("o" + i, "p" + participant, sell ? Side.SELL : Side.BUY)
                    .limit(Price.ofMicros(limit)).reserve(Price.ofMicros(reserve))
                    .quantity(Energy.ofMicroKwh(qty)).time(i).build());
        }
        book = b.build();
    }

    /** @return the sorted copy (the floor) */
    @Benchmark
    public long[] sortLongs() {
        System.arraycopy(randomLongs, 0, scratch, 0, orders);
        Arrays.sort(scratch);
        return scratch;
    }

    /** @return the clearing of the primitive book */
    @Benchmark
    public AuctionOutcome cdaClear() {
        return cda.clear(book);
    }

    /** @return the clearing through the object API */
    @Benchmark
    public MatchResult cdaMatch() {
        return cda.match(orderObjects);
    }
}
