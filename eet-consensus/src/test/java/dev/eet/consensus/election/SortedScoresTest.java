package dev.eet.consensus.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.consensus.NodeId;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SortedScoresTest {
    private static final NodeId A = NodeId.of("a");
    private static final NodeId B = NodeId.of("b");
    private static final NodeId C = NodeId.of("c");
    private static final NodeId D = NodeId.of("d");

    private final SortedScores scores = new SortedScores(new NodeId[] {A, B, D, null}, new double[] {1, 2, 4, 9}, 3);

    @Test
    void behavesLikeTheEquivalentTreeMap() {
        TreeMap<NodeId, Double> expected = new TreeMap<>();
        expected.put(A, 1.0);
        expected.put(B, 2.0);
        expected.put(D, 4.0);
        assertEquals(expected, scores);
        assertEquals(expected, new TreeMap<>(scores));
        assertEquals(expected.headMap(C), scores.headMap(C));
        assertEquals(expected.tailMap(B), scores.tailMap(B));
        assertEquals(expected.subMap(B, D), scores.subMap(B, D));
        assertEquals(expected.subMap(A, A), scores.subMap(A, A));
        assertEquals(A, scores.firstKey());
        assertEquals(D, scores.lastKey());
        assertEquals(2.0, scores.get(B));
        assertNull(scores.get(C));
        assertTrue(scores.containsKey(D));
        assertFalse(scores.containsKey(C));
        assertThrows(IllegalArgumentException.class, () -> scores.subMap(D, A));
        assertThrows(NoSuchElementException.class, () -> scores.headMap(A).firstKey());
        assertThrows(UnsupportedOperationException.class, () -> scores.put(C, 3.0));
    }
}
