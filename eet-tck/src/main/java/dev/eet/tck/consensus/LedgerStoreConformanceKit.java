package dev.eet.tck.consensus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.LedgerStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Conformance kit for {@link LedgerStore} implementations (consensus.md section 1). A store's conformance test:
 *
 * <pre>{@code
 * class FileLedgerStoreConformanceTest extends LedgerStoreConformanceKit {
 *     protected LedgerStore openStore(Path dir) { return FileLedgerStore.open(dir.resolve("ledger.dat")); }
 *     protected List<Block> validChain(int length) { return TestChains.chain(length); }
 * }
 * }</pre>
 *
 * The kit never builds blocks itself (hashing and signing belong to the implementation under test): it asks for
 * a valid chain and derives invalid blocks from it. Non-durable stores override {@link #durable()}.
 */
public abstract class LedgerStoreConformanceKit {

    /**
     * @param directory a directory owned by this test (the same directory reopens the same durable store)
     * @return an open store
     */
    protected abstract LedgerStore openStore(Path directory);

    /**
     * @param length number of blocks
     * @return a valid chain: genesis at height 0 and each block linking to the previous one's hash
     */
    protected abstract List<Block> validChain(int length);

    /** @return whether the store keeps its blocks across close and reopen (default true) */
    protected boolean durable() {
        return true;
    }

    private static Path newDirectory() {
        try {
            return Files.createTempDirectory("eet-ledger-kit");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    public void appendsAndReadsBack() {
        try (LedgerStore s = openStore(newDirectory())) {
            List<String> v = LedgerStoreChecks.appendAndReadBack(s, validChain(6));
            assertTrue(v.isEmpty(), () -> String.join("\n", v));
        }
    }

    @Test
    public void refusesBlocksThatDoNotExtendTheHead() {
        List<String> v = LedgerStoreChecks.refusesBlocksThatDoNotExtendTheHead(
                () -> openStore(newDirectory()), validChain(4));
        assertTrue(v.isEmpty(), () -> String.join("\n", v));
    }

    @Test
    public void survivesReopen() {
        if (!durable()) {
            return;
        }
        Path dir = newDirectory();
        List<String> v = LedgerStoreChecks.survivesReopen(() -> openStore(dir), validChain(5));
        assertTrue(v.isEmpty(), () -> String.join("\n", v));
    }

    /**
     * Any chain length reads back exactly.
     *
     * @param length chain length
     */
    @Property(tries = 25)
    public void anyChainReadsBack(@ForAll @IntRange(min = 0, max = 30) int length) {
        try (LedgerStore s = openStore(newDirectory())) {
            List<String> v = LedgerStoreChecks.appendAndReadBack(s, validChain(length));
            assertTrue(v.isEmpty(), () -> String.join("\n", v));
        }
    }
}
