package dev.eet.consensus.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.Candidate;
import dev.eet.api.consensus.ElectionResult;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.spi.Config;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** [FDPoS]'s VES score, its constraints and its domain guards. */
class VesScoreTest {

    @Test
    void unitInputsGiveGamma() {
        VesScore s = new VesScore(2.5, 0.4, 0.3, 0.3, 0.5, 0.5, 1);
        assertEquals(2.5, s.score(1, 1, 1), 1e-12);
    }

    @Test
    void byHand() {
        VesScore s = VesScore.DEFAULT;
        // C = 4, I = 1, V = 1: 0.4 * 4^-0.5 + 0.3 * 1 * 4^-0.5 * 1 + 0.3 * 1 = 0.2 + 0.15 + 0.3 = 0.65; R = 0.65^-2
        assertEquals(Math.pow(0.65, -2), s.score(4, 1, 1), 1e-12);
        assertEquals(2.366863905325444, s.score(4, 1, 1), 1e-12);
        // negative rho: rho = -1, mu = 2, C = 2, I = 4, V = 3, eta = 2, d = (0.5, 0.25, 0.25), gamma 1
        VesScore neg = new VesScore(1, 0.5, 0.25, 0.25, -1, 2, 2);
        double sum = 0.5 * 2 + 0.25 * 2 * Math.pow(0.5, -2) * 4 + 0.25 * 3; // 1 + 8 + 0.75
        assertEquals(9.75, sum, 1e-12);
        assertEquals(9.75, neg.score(2, 4, 3), 1e-12);
    }

    @Test
    void constraintsAreEnforced() {
        assertMessage(() -> new VesScore(1, 0.5, 0.3, 0.3, 0.5, 0.5, 1), "d1, d2, d3");
        assertMessage(() -> new VesScore(1, 0.4, 0.3, 0.3, 0, 1, 1), "rho");
        assertMessage(() -> new VesScore(1, 0.4, 0.3, 0.3, 1, 0, 1), "rho");
        assertMessage(() -> new VesScore(1, 0.4, 0.3, 0.3, 0.5, 0.6, 1), "mu");
        assertMessage(() -> new VesScore(0, 0.4, 0.3, 0.3, 0.5, 0.5, 1), "gamma");
        assertMessage(() -> new VesScore(1, 1.2, -0.1, -0.1, 0.5, 0.5, 1), "d1, d2, d3");
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> new FdposPolicyProvider()
                .create(Config.builder("t").put("rho", "0.3").put("mu", "0.5").build()));
        assertEquals("election policy fdpos: mu: mu + rho must equal 1, was mu = 0.5, rho = 0.3", e.getMessage());
        // mu defaults to 1 - rho
        new FdposPolicyProvider().create(Config.builder("t").put("rho", "-3").build());
    }

    @Test
    void nonPositiveInputsAreExcludedWithAReasonNeverNaN() {
        VesScore s = VesScore.DEFAULT;
        assertEquals(Assessment.exclude("computing capacity 0 is not positive"), s.assess(0, 1, 1));
        assertEquals(Assessment.exclude("token growth rate -2 is not positive"), s.assess(1, -2, 1));
        assertEquals(Assessment.exclude("votes 0 is not positive"), s.assess(1, 1, 0));
        assertTrue(Double.isNaN(s.score(-1, 1, 1)), "the raw formula is undefined there: the guard is needed");
    }

    @Test
    void policyTakesTopNOddAboveTheThreshold() {
        List<Candidate> cs = List.of(c("a", 4, 1, 10), c("b", 8, 1, 10), c("c", 0.5, 1, 50), c("d", 2, 1, 10),
                c("e", 0, 1, 10), c("f", 3, 1, 0));
        FdposPolicy p = new FdposPolicy(VesScore.DEFAULT, 1);
        ElectionResult r = p.elect(cs, 3, 0);
        assertEquals(List.of(NodeId.of("b"), NodeId.of("a"), NodeId.of("d")), r.delegates());
        assertEquals(List.of(
                new ElectionResult.Exclusion(NodeId.of("c"), "computing capacity 0.5 is below the threshold 1"),
                new ElectionResult.Exclusion(NodeId.of("e"), "computing capacity 0 is not positive"),
                new ElectionResult.Exclusion(NodeId.of("f"), "votes 0 is not positive")), r.excluded());
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> p.elect(cs, 2, 0));
        assertEquals("election policy fdpos: delegates: must be odd (F-DPoS takes the top N with N odd), was 2",
                e.getMessage());
    }

    @Property(tries = 500)
    void finiteAndIncreasingInVotesOverTheWholeParameterSpace(
            @ForAll @DoubleRange(min = -4, max = 0.95) double rho, @ForAll @DoubleRange(min = 0.01, max = 1e4) double c,
            @ForAll @DoubleRange(min = 0.01, max = 100) double i, @ForAll @DoubleRange(min = 0.01, max = 1e4) double v,
            @ForAll @DoubleRange(min = 0, max = 1) double split) {
        Assume.that(Math.abs(rho) > 1e-3);
        double d1 = split * 0.5;
        double d3 = 0.5;
        VesScore s = new VesScore(1, d1, 1 - d1 - d3, d3, rho, 1 - rho, 1);
        Assessment a = s.assess(c, i, v);
        if (a instanceof Assessment.Ranked r) {
            assertTrue(Double.isFinite(r.score()) && r.score() > 0, "R = " + r.score());
            Assessment more = s.assess(c, i, v * 2);
            if (more instanceof Assessment.Ranked r2) {
                assertTrue(r2.score() >= r.score(), "more votes lowered the score: " + r.score() + " -> " + r2.score());
            }
        } else {
            assertInstanceOf(Assessment.Excluded.class, a);
            assertTrue(((Assessment.Excluded) a).reason().contains("not finite"), a.toString());
        }
    }

    @Property(tries = 300)
    void nonPositiveOrExtremeInputsNeverGiveNaN(@ForAll double c, @ForAll double i, @ForAll double v) {
        Assessment a = VesScore.DEFAULT.assess(c, i, v);
        if (a instanceof Assessment.Ranked r) {
            assertTrue(Double.isFinite(r.score()), "R = " + r.score());
            assertTrue(c > 0 && i > 0 && v > 0);
        } else {
            assertTrue(!((Assessment.Excluded) a).reason().isBlank());
        }
    }

    private static Candidate c(String id, double compute, double growth, double votes) {
        return new Candidate(NodeId.of(id), Config.builder("node " + id).put("compute", compute)
                .put("tokenGrowth", growth).put("votes", votes).build());
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable e, String field) {
        InvalidArgumentException x = assertThrows(InvalidArgumentException.class, e);
        assertEquals(field, x.field(), x.getMessage());
    }
}
