package dev.eet.consensus.pbft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.InvalidArgumentException;
import java.util.BitSet;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The one PBFT vote threshold q = ceil((n+f+1)/2), f = floor((n-1)/3), for every group size: two quorums always
 * share at least f+1 members (so at least one honest one), and the honest members alone can form one.
 */
class QuorumProperties {

    @Property(tries = 400)
    void anyTwoQuorumsShareMoreThanTheToleratedFaults(@ForAll @IntRange(min = 1, max = 40) int n,
                                                      @ForAll long seed) {
        int q = PbftGroup.quorum(n);
        int f = PbftGroup.tolerated(n);
        SplittableRandom random = new SplittableRandom(seed);
        BitSet a = randomSubset(n, q, random);
        BitSet b = randomSubset(n, q, random);
        b.and(a);
        assertTrue(b.cardinality() >= f + 1, "n=" + n + " q=" + q + " f=" + f + ": two quorums share only "
                + b.cardinality());
        // the worst case: the two quorums overlap as little as possible
        assertTrue(2 * q - n >= f + 1, "n=" + n + ": smallest overlap " + (2 * q - n));
    }

    @Property(tries = 100)
    void honestMembersAloneFormAQuorum(@ForAll @IntRange(min = 1, max = 40) int n) {
        assertTrue(PbftGroup.quorum(n) <= n - PbftGroup.tolerated(n), "n=" + n);
    }

    @Property(tries = 40)
    void equalsTwoFPlusOneWhenNIsThreeFPlusOne(@ForAll @IntRange(min = 0, max = 13) int f) {
        assertEquals(2 * f + 1, PbftGroup.quorum(3 * f + 1));
        assertEquals(f, PbftGroup.tolerated(3 * f + 1));
    }

    @Test
    void theSizesThatForkedWithTwoFPlusOne() {
        // 2f+1 was 3 for n = 5 and 6, 5 for n = 8 and 9: two such sets of 5 members may share one (faulty) member
        assertEquals(4, PbftGroup.quorum(5));
        assertEquals(4, PbftGroup.quorum(6));
        assertEquals(6, PbftGroup.quorum(8));
        assertEquals(6, PbftGroup.quorum(9));
        assertEquals(7, PbftGroup.quorum(10));
    }

    @Test
    void aGroupSizeBelowOneIsRejected() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> PbftGroup.quorum(0));
        assertTrue(e.getMessage().contains("size"), e.getMessage());
    }

    private static BitSet randomSubset(int n, int k, SplittableRandom random) {
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
        }
        BitSet s = new BitSet(n);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int t = ids[i];
            ids[i] = ids[j];
            ids[j] = t;
            s.set(ids[i]);
        }
        return s;
    }
}
