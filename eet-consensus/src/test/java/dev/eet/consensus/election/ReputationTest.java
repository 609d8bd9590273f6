package dev.eet.consensus.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.Candidate;
import dev.eet.api.consensus.ElectionResult;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.spi.Config;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** [Report ch.5]'s reputation rules, book and group choice. */
class ReputationTest {
    private static final ReputationRules RULES = new ReputationRules(60, 100, 1, 10, 50, 0, 5);
    private static final NodeId A = NodeId.of("a");

    @Test
    void updatesFollowTheRulesAndStayWithinBounds() {
        ReputationBook book = new ReputationBook(RULES);
        assertEquals(60, book.reputation(A));
        assertEquals(61, book.endorsedCorrectly(A));
        assertEquals(51, book.endorsedWrongly(A));
        for (int i = 0; i < 100; i++) {
            book.endorsedCorrectly(A);
        }
        assertEquals(100, book.reputation(A), "capped at T_max");
        for (int i = 0; i < 20; i++) {
            book.endorsedWrongly(A);
        }
        assertEquals(0, book.reputation(A), "never below 0");
    }

    @Test
    void inconsistentRulesAreRejectedNamingTheParameter() {
        assertEquals("tDown", assertThrows(InvalidArgumentException.class,
                () -> new ReputationRules(60, 100, 5, 5, 50, 0, 1)).field());
        assertEquals("tInit", assertThrows(InvalidArgumentException.class,
                () -> new ReputationRules(120, 100, 1, 10, 50, 0, 1)).field());
        assertEquals("tMin", assertThrows(InvalidArgumentException.class,
                () -> new ReputationRules(60, 100, 1, 10, 150, 0, 1)).field());
        assertEquals("randomMax", assertThrows(InvalidArgumentException.class,
                () -> new ReputationRules(60, 100, 1, 10, 50, 3, 1)).field());
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> new ReputationPolicyProvider()
                .create(Config.builder("t").put("tUp", "20").build()));
        assertTrue(e.getMessage().startsWith("election policy reputation: tDown: must exceed tUp"), e.getMessage());
    }

    @Test
    void groupExcludesPartiesAndLowReputationAndAddsSeededRandomValue() {
        ReputationBook book = new ReputationBook(RULES);
        List<NodeId> nodes = List.of(NodeId.of("a"), NodeId.of("b"), NodeId.of("c"), NodeId.of("d"), NodeId.of("e"));
        for (int i = 0; i < 2; i++) {
            book.endorsedWrongly(NodeId.of("e")); // 40 < T_min
        }
        List<Candidate> cs = book.candidates(nodes, Set.of(NodeId.of("a")));
        ReputationPolicy p = new ReputationPolicy(RULES, 42);
        ElectionResult r = p.elect(cs, 3, 0);
        assertEquals(3, r.delegates().size());
        assertTrue(!r.delegates().contains(NodeId.of("a")) && !r.delegates().contains(NodeId.of("e")));
        assertEquals(List.of(new ElectionResult.Exclusion(NodeId.of("a"), "party to the transaction"),
                new ElectionResult.Exclusion(NodeId.of("e"), "reputation 40 is below T_min 50")), r.excluded());
        for (Candidate c : cs.subList(1, 4)) {
            double tr = p.randomValue(c);
            assertTrue(tr >= 0 && tr < 5, "T_r = " + tr);
            assertEquals(60 + tr, r.scores().get(c.node()), 1e-12);
        }
        assertEquals(r, new ReputationPolicy(RULES, 42).elect(cs, 3, 0), "same seed, same group");
    }

    @Test
    void theRandomValueChangesWithTheSeedAndTheNode() {
        Candidate c = new Candidate(A, Config.builder("n").put("reputation", 60).build());
        Candidate d = new Candidate(NodeId.of("b"), Config.builder("n").put("reputation", 60).build());
        assertNotEquals(new ReputationPolicy(RULES, 1).randomValue(c), new ReputationPolicy(RULES, 2).randomValue(c));
        assertNotEquals(new ReputationPolicy(RULES, 1).randomValue(c), new ReputationPolicy(RULES, 1).randomValue(d));
        ReputationRules fixed = new ReputationRules(60, 100, 1, 10, 50, 2, 2);
        assertEquals(2.0, new ReputationPolicy(fixed, 9).randomValue(c));
    }

    @Test
    void reputationAboveTheCapIsRejectedNamingTheNode() {
        Candidate c = new Candidate(A, Config.builder("n").put("reputation", 101).build());
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> new ReputationPolicy(RULES, 1).elect(List.of(c), 1, 0));
        assertEquals("node a: reputation: must be within [0, 100], was 101", e.getMessage());
    }

    @Property(tries = 300)
    void anySequenceOfEndorsementsStaysWithinZeroAndTMax(@ForAll @Size(max = 300) List<Boolean> outcomes) {
        ReputationBook book = new ReputationBook(RULES);
        double expected = RULES.initial();
        for (boolean correct : outcomes) {
            double t = correct ? book.endorsedCorrectly(A) : book.endorsedWrongly(A);
            expected = correct ? Math.min(100, expected + 1) : Math.max(0, expected - 10);
            assertEquals(expected, t, 1e-9);
            assertTrue(t >= 0 && t <= RULES.max(), "T = " + t);
        }
    }
}
