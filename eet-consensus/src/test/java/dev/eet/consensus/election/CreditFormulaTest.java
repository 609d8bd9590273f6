package dev.eet.consensus.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.Candidate;
import dev.eet.api.consensus.ElectionResult;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.spi.Config;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** [Credit]'s formulas, by hand and as properties. */
class CreditFormulaTest {
    private static final CreditFormula F = CreditFormula.DEFAULT;
    private static final double EPS = 1e-12;

    @Test
    void qualityFromPlannedAndActual() {
        assertEquals(10.0, F.quality(100, 100), EPS);
        assertEquals(8.0, F.quality(100, 80), EPS, "20% short: 10 * (1 - 0.2)");
        assertEquals(8.0, F.quality(100, 120), EPS, "20% over counts the same as 20% short");
        assertEquals(5.0, F.quality(40, 20), EPS);
        assertEquals(0.0, F.quality(100, 0), EPS, "nothing delivered");
        assertEquals(0.0, F.quality(100, 250), EPS, "deviation beyond the plan floors at 0");
        assertThrows(IllegalArgumentException.class, () -> F.quality(0, 5));
        assertThrows(IllegalArgumentException.class, () -> F.quality(10, -1));
    }

    @Test
    void creditLossOnlyAfterTheTradingCycle() {
        CreditFormula f = new CreditFormula(0.5, 0.5, 0.3, 0.3, 0.4, 10, 2, 1);
        assertEquals(0.0, f.creditLoss(0, 168), EPS);
        assertEquals(0.0, f.creditLoss(168, 168), EPS, "t = Ta is not yet a loss");
        assertEquals(2 * 336.0 / 168, f.creditLoss(336, 168), EPS, "m * t / Ta");
        assertEquals(2 * 1000.0 / 730, f.creditLoss(1000, PvClass.CLUSTER.tradingCycleHours()), EPS);
        assertThrows(IllegalArgumentException.class, () -> f.creditLoss(10, 0));
        assertThrows(IllegalArgumentException.class, () -> f.creditLoss(-1, 10));
    }

    @Test
    void creditGainWhenEveryTransactionWasPacked() {
        CreditFormula f = new CreditFormula(0.5, 0.5, 0.3, 0.3, 0.4, 10, 1, 1.5);
        assertEquals(1.5, f.creditGain(true), EPS);
        assertEquals(0.0, f.creditGain(false), EPS);
    }

    @Test
    void creditAndConsensusValueByHand() {
        // node.md's example node: F 4, P 2, D 6, loss 1, gain 0
        double c = F.credit(4, 2, 6, 0, 1);
        assertEquals(0.3 * 4 + 0.3 * 2 + 0.4 * 6 - 1, c, EPS);
        assertEquals(3.2, c, 1e-9);
        double v = F.voteScore(25, 100);
        assertEquals(2.5, v, EPS);
        assertEquals(0.5 * 3.2 + 0.5 * 2.5, F.consensusValue(c, v), 1e-9);
        assertEquals(0.0, F.voteScore(0, 0), EPS, "no vote cast");
        assertThrows(IllegalArgumentException.class, () -> F.voteScore(5, 4));
    }

    @Test
    void tradingCyclesByPvClass() {
        assertEquals(2190, PvClass.HOUSEHOLD.tradingCycleHours(), EPS);
        assertEquals(730, PvClass.CLUSTER.tradingCycleHours(), EPS);
        assertEquals(168, PvClass.COMMUNITY.tradingCycleHours(), EPS);
    }

    @Test
    void invalidWeightsAreNamed() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> new CreditPolicyProvider()
                .create(Config.builder("t").put("alpha", "-0.1").build()));
        assertEquals("election policy credit: alpha: must be a finite number that is not negative, was -0.1",
                e.getMessage());
        assertThrows(InvalidArgumentException.class,
                () -> new CreditPolicyProvider().create(Config.builder("t").put("k", "0").build()));
        assertThrows(InvalidArgumentException.class,
                () -> new CreditPolicyProvider().create(Config.builder("t").put("lambda", "1").build()));
    }

    @Property(tries = 300)
    void qualityStaysWithinZeroAndKAndIsSymmetric(@ForAll @DoubleRange(min = 0.01, max = 1e6) double plan,
                                                  @ForAll @DoubleRange(min = 0, max = 1) double share) {
        double dev = plan * share;
        double shortD = F.quality(plan, plan - dev);
        double overD = F.quality(plan, plan + dev);
        assertTrue(shortD >= 0 && shortD <= 10, "D = " + shortD);
        assertEquals(shortD, overD, 1e-9);
        assertEquals(10 * (1 - share), shortD, 1e-6);
    }

    @Property(tries = 300)
    void creditLossIsZeroUpToTheCycleThenGrowsLinearly(@ForAll @DoubleRange(min = 0, max = 10_000) double t,
                                                       @ForAll @DoubleRange(min = 1, max = 3000) double cycle,
                                                       @ForAll @DoubleRange(min = 0, max = 5) double m) {
        CreditFormula f = new CreditFormula(0.5, 0.5, 0.3, 0.3, 0.4, 10, m, 1);
        double loss = f.creditLoss(t, cycle);
        if (t <= cycle) {
            assertEquals(0.0, loss);
        } else {
            assertEquals(m * t / cycle, loss, 1e-9);
            assertTrue(loss >= m, "past the cycle the loss is at least m");
        }
    }

    @Property(tries = 300)
    void consensusValueIsTheWeightedSum(@ForAll @IntRange(max = 10) int fr, @ForAll @IntRange(max = 10) int cap,
                                        @ForAll @IntRange(max = 10) int q, @ForAll @IntRange(max = 100) int votes,
                                        @ForAll @IntRange(min = 0, max = 100) int others, @ForAll boolean packed) {
        double total = votes + others;
        double c = F.credit(fr, cap, q, F.creditGain(packed), 0);
        double v = F.voteScore(votes, total);
        assertTrue(v >= 0 && v <= 10, "V = " + v);
        double g = F.consensusValue(c, v);
        assertEquals(0.5 * (0.3 * fr + 0.3 * cap + 0.4 * q + (packed ? 1 : 0)) + 0.5 * v, g, 1e-9);
    }

    @Test
    void policyAppliesTheFormulasToRawAttributes() {
        List<Candidate> cs = List.of(
                c("raw", node("raw").put("frequency", 4).put("capacity", 2).put("plannedKwh", 100)
                        .put("actualKwh", 80).put("hoursSinceDelegate", 336).put("pvClass", "community")
                        .put("packedAll", true).put("votes", 30)),
                c("norm", node("norm").put("frequency", 4).put("capacity", 2).put("quality", 8)
                        .put("creditLoss", 2).put("creditGain", 1).put("votes", 30)),
                c("buyer", node("buyer").put("role", "buyer").put("votes", 40)));
        CreditPolicy p = new CreditPolicy(CreditFormula.DEFAULT, false);
        ElectionResult r = p.elect(cs, 1, 1);
        double expected = 0.5 * (0.3 * 4 + 0.3 * 2 + 0.4 * 8 + 1 - 2) + 0.5 * (10 * 30.0 / 100);
        assertEquals(expected, r.scores().get(NodeId.of("raw")), 1e-9);
        assertEquals(expected, r.scores().get(NodeId.of("norm")), 1e-9);
        assertEquals(List.of(NodeId.of("norm")), r.delegates(), "equal G: ties by node id");
        assertEquals(List.of(NodeId.of("raw")), r.standbys());
        assertEquals(List.of(new ElectionResult.Exclusion(NodeId.of("buyer"),
                "buys only; buyers never stand for election")), r.excluded());
    }

    @Test
    void mixedOrPartialRawAttributesAreRejectedNamingTheNodeAndField() {
        CreditPolicy p = new CreditPolicy(CreditFormula.DEFAULT, false);
        assertMessage(p, node("7").put("frequency", 4).put("capacity", 2).put("quality", 8).put("plannedKwh", 3),
                "node 7: quality: give either quality or plannedKwh and actualKwh, not both");
        assertMessage(p, node("7").put("frequency", 4).put("capacity", 2).put("plannedKwh", 3),
                "node 7: actualKwh: is required");
        assertMessage(p, node("7").put("frequency", 4).put("capacity", 2).put("quality", 8).put("hoursSinceDelegate", 3),
                "node 7: tradingCycleHours: is required with hoursSinceDelegate (or give pvClass)");
        assertMessage(p, node("7").put("frequency", 11).put("capacity", 2).put("quality", 8),
                "node 7: frequency: must be within [0, 10], was 11");
        assertMessage(p, node("7").put("frequency", 1).put("capacity", 2).put("quality", 8).put("votes", -1),
                "node 7: votes: must not be negative, was -1");
        assertMessage(p, node("7").put("frequency", 1).put("capacity", 2).put("quality", 8).put("role", "king"),
                "node 7: role: must be prosumer, seller, buyer, supervisor or backstop, was 'king'");
        assertMessage(p, node("7").put("frequency", 1).put("capacity", 2).put("plannedKwh", 0).put("actualKwh", 1),
                "node 7: plannedKwh: must be positive, was 0");
    }

    @Test
    void rolesSupervisorAndBackstopDoNotStandAndCanBeRequired() {
        List<Candidate> cs = List.of(c("a", node("a").put("frequency", 4).put("capacity", 2).put("quality", 8)),
                c("s", node("s").put("role", "supervisor")));
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> new CreditPolicy(CreditFormula.DEFAULT, true).elect(cs, 1, 0));
        assertTrue(e.getMessage().endsWith("missing: backstop"), e.getMessage());
        List<Candidate> withBackstop = new java.util.ArrayList<>(cs);
        withBackstop.add(c("g", node("g").put("role", "backstop")));
        ElectionResult r = new CreditPolicy(CreditFormula.DEFAULT, true).elect(withBackstop, 3, 0);
        assertEquals(List.of(NodeId.of("a")), r.delegates());
        assertEquals(2, r.excluded().size());
    }

    private static void assertMessage(CreditPolicy p, Config.Builder b, String message) {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> p.elect(List.of(new Candidate(NodeId.of("7"), b.build())), 1, 0));
        assertEquals(message, e.getMessage());
    }

    private static Config.Builder node(String id) {
        return Config.builder("node " + id);
    }

    private static Candidate c(String id, Config.Builder b) {
        return new Candidate(NodeId.of(id), b.build());
    }
}
