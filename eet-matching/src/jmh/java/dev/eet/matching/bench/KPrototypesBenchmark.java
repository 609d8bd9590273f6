package dev.eet.matching.bench;

import dev.eet.api.matching.MatchResult;
import dev.eet.api.model.EnergyType;
import dev.eet.api.model.Location;
import dev.eet.api.model.Order;
import dev.eet.api.model.Side;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Price;
import dev.eet.matching.multifactor.KPrototypesMatcher;
import java.math.BigDecimal;
import java.util.ArrayList;
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
 * One {@code kprototypes} match of N sellers and N buyers (random prices, quantities with total supply above
 * demand, types, credits, locations within about 3 km so the default 10 % loss admits every pair; seed 2026).
 * The setup checks that every buy is matched (no buyer goes to the grid). Run:
 * {@code java -jar eet-matching/target/benchmarks.jar KPrototypesBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class KPrototypesBenchmark {
    /** Sellers and buyers each. */
    @Param({"1000"})
    public int side;

    private List<Order> book;
    private final KPrototypesMatcher matcher = new KPrototypesMatcher();

    /** Builds the book and checks every buy is matched. */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom r = new SplittableRandom(2026);
        EnergyType[] types = EnergyType.values();
        book = new ArrayList<>();
        for (int i = 0; i < 2 * side; i++) {
            boolean sell = i < side;
            String id = (sell ? "S" : "B") + i;
            book.add(Order.builder(id, id, sell ? Side.SELL : Side.BUY)
                    .limit(Price.ofMicros(sell ? 100_000 + r.nextInt(200_000) : 300_000 + r.nextInt(300_000)))
                    .quantity(Energy.ofMicroKwh(sell ? 5_000_000L + r.nextLong(20_000_000L) : 1_000_000L + r.nextLong(10_000_000L)))
                    .energyType(types[r.nextInt(types.length)])
                    .location(new Location.GeoPoint(30 + r.nextInt(20_000) / 1e6, 120 + r.nextInt(20_000) / 1e6))
                    .credit(BigDecimal.valueOf(60 + r.nextInt(41))).time(i).build());
        }
        MatchResult result = matcher.match(book);
        if (result.gridTrades().stream().anyMatch(g -> g.side() == Side.BUY)) {
            throw new IllegalStateException("a buyer went to the grid");
        }
    }

    /** @return one match */
    @Benchmark
    public MatchResult kprototypesMatch() {
        return matcher.match(book);
    }
}
