package dev.eet.tck.consensus;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.BlockHeader;
import dev.eet.api.consensus.LedgerStore;
import dev.eet.api.value.Bytes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@link LedgerStore} contract as stand-alone checks that return violations (empty = conforming), usable
 * without JUnit. Each check takes a supplier of a fresh, empty store and a valid chain (blocks 0..n-1 that
 * correctly link).
 */
public final class LedgerStoreChecks {
    private LedgerStoreChecks() {
    }

    /**
     * Appends the chain block by block, reading everything back after each append.
     *
     * @param store an empty store
     * @param chain a valid chain
     * @return violations
     */
    public static List<String> appendAndReadBack(LedgerStore store, List<Block> chain) {
        List<String> v = new ArrayList<>();
        if (store.height() != -1) {
            v.add("empty store height is " + store.height() + ", expected -1");
        }
        checkAbsent(store, 0, v);
        checkAbsent(store, -1, v);
        for (int i = 0; i < chain.size(); i++) {
            try {
                store.append(chain.get(i));
            } catch (RuntimeException e) {
                v.add("valid block " + i + " was refused: " + e);
                return v;
            }
            if (store.height() != i) {
                v.add("after appending block " + i + " height is " + store.height());
            }
        }
        for (int i = 0; i < chain.size(); i++) {
            Optional<Block> b = store.block(i);
            if (b.isEmpty() || !b.get().equals(chain.get(i))) {
                v.add("block " + i + " read back as " + b + ", differs from what was appended");
            }
        }
        checkAbsent(store, chain.size(), v);
        return v;
    }

    private static void checkAbsent(LedgerStore store, long h, List<String> v) {
        if (store.block(h).isPresent()) {
            v.add("block(" + h + ") is present but was never appended");
        }
    }

    /**
     * Every way a block can fail to extend the head must be refused with an InvalidArgumentException and change
     * nothing.
     *
     * @param fresh supplies empty stores
     * @param chain a valid chain of at least 3 blocks
     * @return violations
     */
    public static List<String> refusesBlocksThatDoNotExtendTheHead(Supplier<LedgerStore> fresh, List<Block> chain) {
        if (chain.size() < 3) {
            throw new IllegalArgumentException("needs a chain of at least 3 blocks");
        }
        List<String> v = new ArrayList<>();
        try (LedgerStore s = fresh.get()) {
            expectRefused(s, chain.get(1), -1, "a non-genesis first block", v);
        }
        try (LedgerStore s = fresh.get()) {
            s.append(chain.get(0));
            expectRefused(s, chain.get(2), 0, "a block that skips a height", v);
            expectRefused(s, chain.get(0), 0, "the head appended again", v);
            BlockHeader h = chain.get(1).header();
            byte[] prev = h.previousHash().toArray();
            if (prev.length > 0) {
                prev[0] ^= 1;
            } else {
                prev = new byte[] {1};
            }
            Block wrongLink = new Block(new BlockHeader(h.height(), Bytes.of(prev), h.merkleRoot(), h.timestamp(),
                    h.proposer(), h.proposerSignature()), chain.get(1).transactions(), chain.get(1).certificate());
            expectRefused(s, wrongLink, 0, "a block whose previous hash is not the head's hash", v);
            try {
                s.append(chain.get(1));
            } catch (RuntimeException e) {
                v.add("the valid next block was refused after refusals: " + e);
            }
            if (s.height() != 1) {
                v.add("height after the valid next block is " + s.height() + ", expected 1");
            }
        }
        return v;
    }

    private static void expectRefused(LedgerStore s, Block b, long heightBefore, String what, List<String> v) {
        try {
            s.append(b);
            v.add(what + " was accepted");
        } catch (InvalidArgumentException e) {
            if (s.height() != heightBefore) {
                v.add("refusing " + what + " changed the height to " + s.height());
            }
        } catch (RuntimeException e) {
            v.add(what + " was refused with " + e.getClass().getName() + " instead of InvalidArgumentException");
        }
    }

    /**
     * A durable store, closed and reopened, holds exactly what was appended.
     *
     * @param open opens the same durable store each time
     * @param chain a valid chain
     * @return violations
     */
    public static List<String> survivesReopen(Supplier<LedgerStore> open, List<Block> chain) {
        List<String> v = new ArrayList<>();
        try (LedgerStore s = open.get()) {
            for (Block b : chain) {
                s.append(b);
            }
        }
        try (LedgerStore s = open.get()) {
            if (s.height() != chain.size() - 1) {
                v.add("reopened height is " + s.height() + ", expected " + (chain.size() - 1));
            }
            for (int i = 0; i < chain.size(); i++) {
                if (!s.block(i).equals(Optional.of(chain.get(i)))) {
                    v.add("reopened block " + i + " differs");
                }
            }
            if (!chain.isEmpty() && s.height() == chain.size() - 1) {
                Block last = chain.get(chain.size() - 1);
                expectRefused(s, last, s.height(), "the head re-appended after reopen", v);
            }
        }
        return v;
    }
}
