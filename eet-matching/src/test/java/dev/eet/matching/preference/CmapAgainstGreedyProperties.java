package dev.eet.matching.preference;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.matching.GridTariff;
import dev.eet.api.matching.MatchResult;
import dev.eet.api.model.EnergyType;
import dev.eet.api.model.Location;
import dev.eet.api.model.Order;
import dev.eet.api.model.Side;
import dev.eet.api.spi.Config;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Price;
import dev.eet.tck.matching.MatcherInvariants;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The CMAP LP is never worse than a greedy reference on the same book: the greedy walks the acceptable pairs by
 * descending compromise weight {@code w1 a'/R1 + w2 b'/R2} and trades {@code min} of the open quantities. CMAP's
 * matched quantity is at least the greedy's, and when the greedy matches as much, CMAP's objective
 * {@code w1 mu(Z1) + w2 mu(Z2)} (same payoff table) is at least the greedy's.
 */
class CmapAgainstGreedyProperties {

    @Property(tries = 80)
    void neverWorseThanGreedy(@ForAll("books") List<Order> book, @ForAll("weights") double w1) {
        double w2 = 1 - w1;
        List<Order> canonical = dev.eet.api.matching.OrderBatch.of(book).byTimeThenId();
        List<Requirements> req = canonical.stream().map(o -> Requirements.of(o, 0)).toList();
        PairScores s = PairScores.of(canonical, req, ScoringParams.from(Config.empty(), GridTariff.DEFAULT, 0));
        double[] open = canonical.stream().mapToDouble(o -> o.quantity().toKwh().doubleValue()).toArray();
        boolean[] active = new boolean[s.size()];
        Arrays.fill(active, true);
        CmapLp.Solution lp = CmapLp.solve(s, active, open, w1, w2);

        double r1 = lp.z1max() - lp.z1min();
        double r2 = lp.z2max() - lp.z2min();
        Integer[] idx = new Integer[s.size()];
        for (int p = 0; p < idx.length; p++) {
            idx[p] = p;
        }
        double[] c = new double[s.size()];
        for (int p = 0; p < c.length; p++) {
            c[p] = (r1 > 1e-12 ? w1 * s.a()[p] / r1 : 0) + (r2 > 1e-12 ? w2 * s.b()[p] / r2 : 0);
        }
        Arrays.sort(idx, Comparator.comparingDouble((Integer p) -> -c[p]).thenComparing(p -> p));
        double[] left = open.clone();
        double[] g = new double[s.size()];
        for (int p : idx) {
            double q = Math.min(left[s.seller()[p]], left[s.buyer()[p]]);
            g[p] = q;
            left[s.seller()[p]] -= q;
            left[s.buyer()[p]] -= q;
        }
        double gq = Arrays.stream(g).sum();
        double tol = 1e-6 * Math.max(1, lp.quantity());
        assertTrue(lp.quantity() >= gq - tol, "matched " + lp.quantity() + " < greedy " + gq);
        if (gq >= lp.quantity() - tol) {
            CmapLp.Solution greedy = new CmapLp.Solution(g, gq, CmapLp.dot(s.a(), g), CmapLp.dot(s.b(), g),
                    lp.z1min(), lp.z1max(), lp.z2min(), lp.z2max());
            assertTrue(lp.objective(w1, w2) >= greedy.objective(w1, w2) - 1e-6,
                    "objective " + lp.objective(w1, w2) + " < greedy " + greedy.objective(w1, w2));
        }
        // and the matcher built on it keeps every invariant
        MatchResult r = CmapMatcher.from(Config.builder("t").put("buyerWeight", Double.toString(w1))
                .put("sellerWeight", Double.toString(w2)).build()).match(book);
        assertTrue(MatcherInvariants.violations(book, r).isEmpty(), () -> MatcherInvariants.violations(book, r).toString());
    }

    @Provide
    Arbitrary<Double> weights() {
        return Arbitraries.of(0.0, 0.25, 0.5, 0.75, 1.0);
    }

    @Provide
    Arbitrary<List<Order>> books() {
        Arbitrary<Order> order = Combinators.combine(
                Arbitraries.of(Side.class), Arbitraries.integers().between(10, 60),
                Arbitraries.longs().between(1, 20_000), Arbitraries.of(EnergyType.class),
                Arbitraries.integers().between(0, 60), Arbitraries.integers().between(40, 100))
                .as((side, cents, milli, type, dx, credit) -> Order.builder("x", "x", side)
                        .limit(Price.ofMicros(cents * 10_000L)).quantity(Energy.ofMicroKwh(milli * 1000L))
                        .energyType(type).location(new Location.GeoPoint(30 + dx * 0.01, 120))
                        .credit(BigDecimal.valueOf(credit)).build());
        return order.list().ofMaxSize(16).map(list -> {
            List<Order> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Order o = list.get(i);
                String id = (o.side() == Side.SELL ? "S" : "B") + i;
                Config prefs = o.side() == Side.BUY && i % 2 == 0
                        ? Config.builder("p").put("requirements", "price,energyType,environment,reputation")
                                .put("weights", "0.4,0.3,0.2,0.1").build()
                        : Config.empty();
                out.add(new Order(dev.eet.api.model.OrderId.of(id), dev.eet.api.model.ParticipantId.of(id), o.side(),
                        o.limit(), o.reserve(), o.quantity(), i, o.energyType(), o.location(), o.credit(), prefs));
            }
            return out;
        });
    }
}
