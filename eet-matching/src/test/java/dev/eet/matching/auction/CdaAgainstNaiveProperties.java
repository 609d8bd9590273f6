package dev.eet.matching.auction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eet.api.matching.GridTariff;
import dev.eet.api.model.Order;
import dev.eet.api.model.Side;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Price;
import dev.eet.tck.matching.OrderArbitraries;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The optimised cda (packed sort keys, max-tree round 2) makes exactly the trades of the plain reading. */
class CdaAgainstNaiveProperties {

    @Property(tries = 300)
    void sameTradesAsTheNaiveReading(@ForAll("batches") List<Order> orders, @ForAll("betas") BigDecimal beta) {
        CdaMatcher cda = new CdaMatcher(beta, GridTariff.DEFAULT);
        assertEquals(NaiveCda.trades(orders, beta), cda.match(orders).trades());
    }

    @Provide
    Arbitrary<List<Order>> batches() {
        return Arbitraries.oneOf(OrderArbitraries.overlappingBatches(60), OrderArbitraries.disjointBatches(60));
    }

    @Provide
    Arbitrary<BigDecimal> betas() {
        return Arbitraries.of(new BigDecimal("0"), new BigDecimal("0.1"), new BigDecimal("0.25"),
                new BigDecimal("0.333333"), new BigDecimal("0.5"), new BigDecimal("1"));
    }

    /** Seeded random books with fine prices, ties in price and time, and many participants on both sides. */
    @Test
    void sameTradesOnSeededRandomBooks() {
        int seeds = Integer.getInteger("eet.seeds", 200);
        for (int seed = 0; seed < seeds; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            List<Order> orders = randomBook(rnd, 1 + rnd.nextInt(120), rnd.nextBoolean() ? 1_000_000L : 50L);
            BigDecimal beta = BigDecimal.valueOf(rnd.nextInt(1_000_001), 6);
            assertEquals(NaiveCda.trades(orders, beta), new CdaMatcher(beta, GridTariff.DEFAULT).match(orders).trades(),
                    "seed " + seed);
        }
    }

    /** A book large enough for the radix path of the key sort (and a busy round 2). */
    @Test
    void sameTradesOnALargeBook() {
        SplittableRandom rnd = new SplittableRandom(2026);
        List<Order> orders = randomBook(rnd, 12_000, 10L);
        BigDecimal beta = new BigDecimal("0.1");
        assertEquals(NaiveCda.trades(orders, beta), new CdaMatcher(beta, GridTariff.DEFAULT).match(orders).trades());
    }

    /** Prices too far apart to pack next to the index force the dense-rank path of the sort. */
    @Test
    void sameTradesWhenPricesSpanTheWholeRange() {
        SplittableRandom rnd = new SplittableRandom(42);
        List<Order> orders = new ArrayList<>(randomBook(rnd, 80, 1_000_000L));
        orders.add(Order.builder("huge-sell", "H1", Side.SELL).limit(Price.ofMicros(Long.MAX_VALUE / 4))
                .reserve(Price.ofMicros(1)).quantity("5").time(10).build());
        orders.add(Order.builder("huge-buy", "H2", Side.BUY).limit(Price.ofMicros(Long.MAX_VALUE / 4))
                .quantity("3").time(11).build());
        BigDecimal beta = new BigDecimal("0.1");
        assertEquals(NaiveCda.trades(orders, beta), new CdaMatcher(beta, GridTariff.DEFAULT).match(orders).trades());
    }

    static List<Order> randomBook(SplittableRandom rnd, int n, long priceStepMicros) {
        List<Order> orders = new ArrayList<>(n);
        int participants = 1 + rnd.nextInt(Math.max(1, n / 2));
        for (int i = 0; i < n; i++) {
            Side side = rnd.nextBoolean() ? Side.SELL : Side.BUY;
            long limit = rnd.nextLong(100_000, 800_000) / priceStepMicros * priceStepMicros;
            long gap = rnd.nextLong(0, 150_000);
            long reserve = side == Side.SELL ? Math.max(0, limit - gap) : limit + gap;
            orders.add(Order.builder("o" + i, "p" + rnd.nextInt(participants), side)
                    .limit(Price.ofMicros(limit)).reserve(Price.ofMicros(reserve))
                    .quantity(Energy.ofMicroKwh(1 + rnd.nextLong(200_000_000L)))
                    .time(rnd.nextInt(n)).build());
        }
        return orders;
    }
}
