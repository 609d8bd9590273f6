package dev.eet.matching.preference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.matching.GridTariff;
import dev.eet.api.matching.MatchResult;
import dev.eet.api.matching.OrderBatch;
import dev.eet.api.model.Order;
import dev.eet.api.spi.Config;
import dev.eet.tck.matching.MatcherInvariants;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code solver=flow} (exact min-cost max-flow) against the reference LP on ojAlgo: same matched quantity, same
 * single-objective optima Z1max and Z2max, and the same optimum of a fixed combined weight on random books; and the matcher with the flow solver
 * keeps every invariant.
 */
class CmapFlowAgainstLpProperties {

    @Property(tries = 60)
    void flowReachesTheLpOptimum(@ForAll("books") List<Order> book) {
        List<Order> c = OrderBatch.of(book).byTimeThenId();
        PairScores s = PairScores.of(c, c.stream().map(o -> Requirements.of(o, 0)).toList(),
                ScoringParams.from(Config.empty(), GridTariff.DEFAULT, 0));
        boolean[] active = new boolean[s.size()];
        Arrays.fill(active, true);
        double[] open = c.stream().mapToDouble(o -> o.quantity().toKwh().doubleValue()).toArray();
        long[] openMicro = c.stream().mapToLong(o -> o.quantity().microKwh()).toArray();
        CmapLp.Solution lp = CmapLp.solve(s, active, open, 0.5, 0.5);
        CmapLp.Solution flow = CmapFlow.solve(s, active, openMicro, 0.5, 0.5);
        double tol = 1e-6 * Math.max(1, lp.quantity());
        assertEquals(lp.quantity(), flow.quantity(), tol, "matched quantity");
        assertEquals(lp.z1max(), flow.z1max(), tol, "Z1max");
        assertEquals(lp.z2max(), flow.z2max(), tol, "Z2max");
        // the compromise itself depends on the payoff table, which is not unique when a single-objective LP has
        // several optima; so compare the two solvers on one fixed combined weight instead
        double[] w = new double[s.size()];
        for (int p = 0; p < w.length; p++) {
            w[p] = 0.3 * s.a()[p] + 0.7 * s.b()[p];
        }
        double viaLp = CmapLp.dot(w, CmapLp.lexicographicMax(s, active, open, w));
        long[] f = CmapFlow.maxWeightMaxFlow(s, active, openMicro, w);
        double viaFlow = 0;
        for (int p = 0; p < w.length; p++) {
            viaFlow += w[p] * f[p] / 1e6;
        }
        assertEquals(viaLp, viaFlow, tol, "max c.x at the largest matched quantity");
        MatchResult r = CmapMatcher.from(Config.builder("t").put("solver", "flow").build()).match(book);
        assertTrue(MatcherInvariants.violations(book, r).isEmpty(), () -> MatcherInvariants.violations(book, r).toString());
    }

    @Provide
    Arbitrary<List<Order>> books() {
        return new CmapAgainstGreedyProperties().books();
    }
}
