package dev.eet.matching.preference;

import static dev.eet.matching.preference.Books.buy;
import static dev.eet.matching.preference.Books.sell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.matching.MatchResult;
import dev.eet.api.matching.MatcherProvider;
import dev.eet.api.model.Order;
import dev.eet.api.model.OrderId;
import dev.eet.api.model.Side;
import dev.eet.api.model.Trade;
import dev.eet.api.spi.Config;
import dev.eet.api.spi.ProviderRegistry;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Price;
import dev.eet.tck.matching.MatcherInvariants;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class HfpiMatcherTest {

    @Test
    void registeredByNameAndBilateralIsKept() {
        ProviderRegistry<MatcherProvider> r = ProviderRegistry.load(MatcherProvider.class);
        assertEquals("hfpi", r.get("hfpi").create(Config.empty()).name());
        assertEquals("bilateral", r.get("bilateral").create(Config.empty()).name());
    }

    @Test
    void oneToOneAssignmentMaximisesTotalSatisfactionNotTheFirstBestPair() {
        // satisfaction 0.5 a' + 0.5 b' with a' = 1 and b' = 1, 0.909, 0.182, 0 (S1B1, S1B2, S2B1, S2B2; see
        // CmapMatcherTest): {S1B1, S2B2} = 1.5, {S1B2, S2B1} = 1.545, so the best first pair S1B1 is not taken
        List<Order> book = List.of(sell("S1", "0.20", "10", 1), sell("S2", "0.40", "8", 2),
                buy("B1", "0.50", "10", 3), buy("B2", "0.45", "10", 4));
        MatchResult r = new HfpiMatcher().match(book);
        assertEquals(List.of(
                new Trade(OrderId.of("S2"), OrderId.of("B1"), book.get(1).participant(), book.get(2).participant(),
                        Energy.ofKwh(8), Price.perKwh("0.45"), 1),
                new Trade(OrderId.of("S1"), OrderId.of("B2"), book.get(0).participant(), book.get(3).participant(),
                        Energy.ofKwh(10), Price.perKwh("0.325"), 1)), r.trades());
        assertEquals(1, r.gridTrades().size()); // B1's other 2 kWh
    }

    @Property(tries = 150)
    void assignmentIsOneToOneAndOptimalAgainstBruteForce(@ForAll("smallBooks") List<Order> book) {
        HfpiMatcher m = new HfpiMatcher();
        MatchResult r = m.match(book);
        assertTrue(MatcherInvariants.violations(book, r).isEmpty(), () -> MatcherInvariants.violations(book, r).toString());
        Set<OrderId> sellers = new HashSet<>();
        Set<OrderId> buyers = new HashSet<>();
        for (Trade t : r.trades()) {
            assertTrue(sellers.add(t.sellOrder()) && buyers.add(t.buyOrder()), "not one-to-one: " + r.trades());
        }
        // brute force over every one-to-one matching of the acceptable pairs
        List<Order> canonical = dev.eet.api.matching.OrderBatch.of(book).byTimeThenId();
        List<Requirements> req = canonical.stream().map(o -> Requirements.of(o, 0)).toList();
        PairScores s = PairScores.of(canonical, req, ScoringParams.from(Config.empty(),
                dev.eet.api.matching.GridTariff.DEFAULT, 0));
        double got = 0;
        for (Trade t : r.trades()) {
            for (int p = 0; p < s.size(); p++) {
                if (canonical.get(s.seller()[p]).id().equals(t.sellOrder())
                        && canonical.get(s.buyer()[p]).id().equals(t.buyOrder())) {
                    got += 0.5 * s.a()[p] + 0.5 * s.b()[p];
                }
            }
        }
        double best = best(s, 0, new HashSet<>(), new HashSet<>());
        assertEquals(best, got, 1e-9);
    }

    private static double best(PairScores s, int from, Set<Integer> usedS, Set<Integer> usedB) {
        double best = 0;
        for (int p = from; p < s.size(); p++) {
            if (!usedS.contains(s.seller()[p]) && !usedB.contains(s.buyer()[p])) {
                usedS.add(s.seller()[p]);
                usedB.add(s.buyer()[p]);
                best = Math.max(best, 0.5 * s.a()[p] + 0.5 * s.b()[p] + best(s, p + 1, usedS, usedB));
                usedS.remove(s.seller()[p]);
                usedB.remove(s.buyer()[p]);
            }
        }
        return best;
    }

    @Provide
    Arbitrary<List<Order>> smallBooks() {
        return Arbitraries.integers().between(0, 99).list().ofMinSize(1).ofMaxSize(9).map(codes -> {
            List<Order> out = new ArrayList<>();
            for (int i = 0; i < codes.size(); i++) {
                int c = codes.get(i);
                Side side = c % 2 == 0 ? Side.SELL : Side.BUY;
                String id = (side == Side.SELL ? "S" : "B") + i;
                out.add(Order.builder(id, id, side).limit(Price.ofMicros(100_000L + (c % 10) * 50_000L))
                        .quantity(Energy.ofKwh(1 + c % 7)).time(i).build());
            }
            return out;
        });
    }
}
