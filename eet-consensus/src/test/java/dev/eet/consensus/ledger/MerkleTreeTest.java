package dev.eet.consensus.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.crypto.Sha256;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {
    private static Bytes leaf(int i) {
        return Sha256.hash(new byte[] {(byte) i, (byte) (i >> 8)});
    }

    private static List<Bytes> leaves(int n) {
        List<Bytes> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(leaf(i));
        }
        return l;
    }

    private static byte[] h(byte prefix, byte[]... parts) {
        byte[][] all = new byte[parts.length + 1][];
        all[0] = new byte[] {prefix};
        System.arraycopy(parts, 0, all, 1, parts.length);
        return Sha256.digest(all);
    }

    @Test
    void rootOfThreeLeavesIsComputedByHand() {
        byte[] a = h((byte) 0, leaf(0).toArray());
        byte[] b = h((byte) 0, leaf(1).toArray());
        byte[] c = h((byte) 0, leaf(2).toArray());
        byte[] ab = h((byte) 1, a, b);
        byte[] root = h((byte) 1, ab, c);             // odd node c is promoted, not duplicated
        assertEquals(Bytes.of(root), MerkleTree.root(leaves(3)));
    }

    @Test
    void singleLeafAndEmptyTree() {
        assertEquals(Bytes.of(h((byte) 0, leaf(0).toArray())), MerkleTree.root(leaves(1)));
        assertEquals(Sha256.hash(new byte[0]), MerkleTree.root(List.of()));
    }

    @Test
    void duplicatingTheLastLeafChangesTheRoot() {
        List<Bytes> three = leaves(3);
        List<Bytes> four = new ArrayList<>(three);
        four.add(three.get(2));
        assertNotEquals(MerkleTree.root(three), MerkleTree.root(four));
    }

    @Test
    void proofIndexOutOfRangeIsNamed() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> MerkleTree.of(leaves(3)).proof(3));
        assertEquals("index", e.field());
    }

    /**
     * Every leaf's proof verifies, and fails for a different leaf or a different root.
     *
     * @param n number of leaves
     */
    @Property(tries = 60)
    void everyProofVerifiesAndOnlyForItsLeaf(@ForAll @IntRange(min = 1, max = 70) int n) {
        List<Bytes> l = leaves(n);
        MerkleTree t = MerkleTree.of(l);
        for (int i = 0; i < n; i++) {
            MerkleTree.Proof p = t.proof(i);
            assertTrue(MerkleTree.verify(t.root(), l.get(i), p), "leaf " + i + " of " + n);
            assertFalse(MerkleTree.verify(t.root(), leaf(n + 1), p), "foreign leaf accepted at " + i);
            assertFalse(MerkleTree.verify(MerkleTree.root(leaves(n + 1)), l.get(i), p), "wrong root accepted");
        }
    }

    /**
     * Changing any one leaf changes the root.
     *
     * @param n number of leaves
     * @param index the leaf changed
     */
    @Property(tries = 60)
    void anyLeafChangeChangesTheRoot(@ForAll @IntRange(min = 1, max = 40) int n, @ForAll @IntRange(min = 0, max = 39) int index) {
        int i = index % n;
        List<Bytes> l = leaves(n);
        Bytes before = MerkleTree.root(l);
        l.set(i, leaf(1000 + i));
        assertNotEquals(before, MerkleTree.root(l));
    }
}
