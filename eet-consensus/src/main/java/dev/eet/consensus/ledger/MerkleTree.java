package dev.eet.consensus.ledger;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.crypto.Sha256;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Binary SHA-256 Merkle tree over an ordered list of leaves (transaction ids), with RFC 6962 style domain
 * separation: leaf = H(0x00 || leaf), node = H(0x01 || left || right). A level with an odd count promotes its last
 * node unchanged (no duplication, so two different leaf lists never share a root). The root of no leaves is
 * H("") . Inclusion proofs let a light client check one transaction against a header.
 */
public final class MerkleTree {
    private static final byte[] LEAF = {0};
    private static final byte[] NODE = {1};

    private final List<List<byte[]>> levels;

    private MerkleTree(List<List<byte[]>> levels) {
        this.levels = levels;
    }

    /**
     * @param leaves the leaves, in order
     * @return the tree
     */
    public static MerkleTree of(List<Bytes> leaves) {
        List<List<byte[]>> levels = new ArrayList<>();
        List<byte[]> level = new ArrayList<>(leaves.size());
        for (Bytes leaf : leaves) {
            level.add(Sha256.digest(LEAF, leaf.toArray()));
        }
        levels.add(level);
        while (level.size() > 1) {
            List<byte[]> next = new ArrayList<>((level.size() + 1) / 2);
            for (int i = 0; i < level.size(); i += 2) {
                next.add(i + 1 < level.size() ? Sha256.digest(NODE, level.get(i), level.get(i + 1)) : level.get(i));
            }
            levels.add(next);
            level = next;
        }
        return new MerkleTree(levels);
    }

    /**
     * @param leaves the leaves
     * @return the root, without keeping the tree
     */
    public static Bytes root(List<Bytes> leaves) {
        return of(leaves).root();
    }

    /** @return the root hash */
    public Bytes root() {
        List<byte[]> top = levels.get(levels.size() - 1);
        return top.isEmpty() ? Sha256.hash(new byte[0]) : Bytes.of(top.get(0));
    }

    /** @return the number of leaves */
    public int size() {
        return levels.get(0).size();
    }

    /**
     * @param index a leaf index
     * @return the sibling path from the leaf to the root
     * @throws InvalidArgumentException if the index is out of range
     */
    public Proof proof(int index) {
        if (index < 0 || index >= size()) {
            throw new InvalidArgumentException("merkle proof", "index", index + " is outside [0, " + size() + ")");
        }
        List<Step> steps = new ArrayList<>();
        int i = index;
        for (int l = 0; l < levels.size() - 1; l++) {
            List<byte[]> level = levels.get(l);
            int sibling = i ^ 1;
            if (sibling < level.size()) {
                steps.add(new Step(Bytes.of(level.get(sibling)), (i & 1) == 1));
            }
            i >>= 1;
        }
        return new Proof(index, steps);
    }

    /**
     * @param root the expected root
     * @param leaf the leaf value
     * @param proof its proof
     * @return whether the proof places {@code leaf} under {@code root}
     */
    public static boolean verify(Bytes root, Bytes leaf, Proof proof) {
        byte[] h = Sha256.digest(LEAF, leaf.toArray());
        for (Step s : proof.steps()) {
            h = s.siblingOnLeft() ? Sha256.digest(NODE, s.sibling().toArray(), h)
                    : Sha256.digest(NODE, h, s.sibling().toArray());
        }
        return Bytes.of(h).equals(root);
    }

    /**
     * An inclusion proof.
     *
     * @param index the leaf index
     * @param steps sibling hashes from the leaf level up
     */
    public record Proof(int index, List<Step> steps) {
        /** Copies the list. */
        public Proof {
            steps = List.copyOf(steps);
        }
    }

    /**
     * One level of a proof.
     *
     * @param sibling the sibling hash
     * @param siblingOnLeft whether the sibling is the left operand
     */
    public record Step(Bytes sibling, boolean siblingOnLeft) {
        /** Checks for null. */
        public Step {
            Objects.requireNonNull(sibling, "sibling");
        }
    }
}
