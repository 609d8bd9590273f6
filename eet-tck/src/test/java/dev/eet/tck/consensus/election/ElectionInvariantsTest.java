package dev.eet.tck.consensus.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.consensus.Candidate;
import dev.eet.api.consensus.ElectionResult;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.spi.Config;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The checker behind the kit catches each planted bug, and passes the correct policy. */
class ElectionInvariantsTest {
    private static final List<Candidate> FIELD = List.of(
            c("a", 3, true), c("b", 5, true), c("c", 5, true), c("d", 9, false), c("e", 1, true), c("f", 5, true));

    private static Candidate c(String id, int score, boolean eligible) {
        return new Candidate(NodeId.of(id), Config.builder("node " + id).put("score", score)
                .put("eligible", eligible).build());
    }

    @Test
    void correctPolicyHasNoViolations() {
        ElectionResult r = new ScoreAttributePolicy(ScoreAttributePolicy.Fault.NONE).elect(FIELD, 2, 2);
        assertEquals(List.of(NodeId.of("b"), NodeId.of("c")), r.delegates(), "ties by node id");
        assertEquals(List.of(NodeId.of("f"), NodeId.of("a")), r.standbys());
        assertEquals(List.of(), ElectionInvariants.violations(FIELD, 2, 2, r, true));
    }

    @ParameterizedTest
    @EnumSource(value = ScoreAttributePolicy.Fault.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void everyPlantedBugIsCaught(ScoreAttributePolicy.Fault fault) {
        ElectionResult r = new ScoreAttributePolicy(fault).elect(FIELD, 2, 2);
        List<String> v = ElectionInvariants.violations(FIELD, 2, 2, r, true);
        assertTrue(!v.isEmpty(), fault + " went unnoticed: " + r);
    }

    @Test
    void wrongCountsAndUnknownNodesAreCaught() {
        Map<NodeId, Double> scores = new TreeMap<>(Map.of(NodeId.of("a"), 3.0, NodeId.of("z"), 4.0));
        ElectionResult r = new ElectionResult(List.of(NodeId.of("z")), List.of(), List.of(), new TreeMap<>(scores));
        List<String> v = ElectionInvariants.violations(FIELD, 2, 0, r, true);
        assertTrue(v.stream().anyMatch(s -> s.contains("not a candidate")), v.toString());
        assertTrue(v.stream().anyMatch(s -> s.contains("vanished")), v.toString());
        assertTrue(v.stream().anyMatch(s -> s.contains("expected 2 delegates")), v.toString());
    }

    @Test
    void lowestFirstOrderIsCheckedWhenAsked() {
        ElectionResult r = new ScoreAttributePolicy(ScoreAttributePolicy.Fault.NONE).elect(FIELD, 2, 0);
        assertTrue(!ElectionInvariants.violations(FIELD, 2, 0, r, false).isEmpty(),
                "highest-first result accepted as lowest-first");
    }
}
