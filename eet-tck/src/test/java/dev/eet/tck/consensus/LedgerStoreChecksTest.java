package dev.eet.tck.consensus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.BlockHeader;
import dev.eet.api.consensus.CommitCertificate;
import dev.eet.api.consensus.LedgerStore;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.value.Bytes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The checks catch broken stores (and pass a minimal correct one). */
class LedgerStoreChecksTest {
    /** Chain whose "hash" of block h is the byte string {h+1}. */
    private static List<Block> chain(int n) {
        List<Block> out = new ArrayList<>();
        for (int h = 0; h < n; h++) {
            Bytes prev = h == 0 ? Bytes.EMPTY : Bytes.of(new byte[] {(byte) h});
            out.add(new Block(new BlockHeader(h, prev, Bytes.EMPTY, h, NodeId.of("p"), Bytes.EMPTY), List.of(),
                    new CommitCertificate(List.of())));
        }
        return out;
    }

    /** Correct for the toy hash; {@code checkLink=false} plants the bug "does not check the previous hash". */
    private static final class ToyStore implements LedgerStore {
        final List<Block> blocks = new ArrayList<>();
        final boolean checkLink;
        final boolean checkHeight;

        ToyStore(boolean checkLink, boolean checkHeight) {
            this.checkLink = checkLink;
            this.checkHeight = checkHeight;
        }

        @Override
        public long height() {
            return blocks.size() - 1;
        }

        @Override
        public void append(Block b) {
            if (checkHeight && b.height() != blocks.size()) {
                throw new dev.eet.api.InvalidArgumentException("toy", "height", "gap");
            }
            Bytes expected = blocks.isEmpty() ? Bytes.EMPTY : Bytes.of(new byte[] {(byte) blocks.size()});
            if (checkLink && !b.header().previousHash().equals(expected)) {
                throw new dev.eet.api.InvalidArgumentException("toy", "previousHash", "mismatch");
            }
            blocks.add(b);
        }

        @Override
        public Optional<Block> block(long h) {
            return h < 0 || h >= blocks.size() ? Optional.empty() : Optional.of(blocks.get((int) h));
        }

        @Override
        public void close() {
        }
    }

    @Test
    void correctStorePasses() {
        assertTrue(LedgerStoreChecks.appendAndReadBack(new ToyStore(true, true), chain(5)).isEmpty());
        assertTrue(LedgerStoreChecks.refusesBlocksThatDoNotExtendTheHead(() -> new ToyStore(true, true), chain(4)).isEmpty());
    }

    @Test
    void storeThatIgnoresTheHashLinkIsCaught() {
        List<String> v = LedgerStoreChecks.refusesBlocksThatDoNotExtendTheHead(() -> new ToyStore(false, true), chain(4));
        assertFalse(v.isEmpty());
        assertTrue(v.stream().anyMatch(s -> s.contains("previous hash")), v.toString());
    }

    @Test
    void storeThatAcceptsEverythingIsCaught() {
        List<String> v = LedgerStoreChecks.refusesBlocksThatDoNotExtendTheHead(() -> new ToyStore(false, false), chain(4));
        assertTrue(v.stream().anyMatch(s -> s.contains("skips a height")), v.toString());
        assertTrue(v.stream().anyMatch(s -> s.contains("non-genesis")), v.toString());
        assertTrue(v.stream().anyMatch(s -> s.contains("appended again")), v.toString());
    }

    @Test
    void storeThatForgetsOnReopenIsCaught() {
        List<String> v = LedgerStoreChecks.survivesReopen(() -> new ToyStore(true, true), chain(3));
        assertTrue(v.stream().anyMatch(s -> s.contains("reopened height")), v.toString());
    }
}
