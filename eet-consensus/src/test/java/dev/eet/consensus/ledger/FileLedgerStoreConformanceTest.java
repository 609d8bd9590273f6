package dev.eet.consensus.ledger;

import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.LedgerStore;
import dev.eet.tck.consensus.LedgerStoreConformanceKit;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

class FileLedgerStoreConformanceTest extends LedgerStoreConformanceKit {
    @Override
    protected LedgerStore openStore(Path directory) {
        return FileLedgerStore.open(directory.resolve("ledger.dat"), Optional.of(TestChains.verifier()));
    }

    @Override
    protected List<Block> validChain(int length) {
        return TestChains.chain(length);
    }
}
