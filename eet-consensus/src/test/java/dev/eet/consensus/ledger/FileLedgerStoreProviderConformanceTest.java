package dev.eet.consensus.ledger;

import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.LedgerStore;
import dev.eet.api.consensus.LedgerStoreProvider;
import dev.eet.api.spi.Config;
import dev.eet.api.spi.ProviderRegistry;
import dev.eet.tck.consensus.LedgerStoreConformanceKit;
import java.nio.file.Path;
import java.util.List;

/** The {@code file} provider, found through ServiceLoader, structure checks only. */
class FileLedgerStoreProviderConformanceTest extends LedgerStoreConformanceKit {
    @Override
    protected LedgerStore openStore(Path directory) {
        return ProviderRegistry.load(LedgerStoreProvider.class).get("file")
                .create(Config.builder("ledger store file").put("path", directory.resolve("l.dat")).build());
    }

    @Override
    protected List<Block> validChain(int length) {
        return TestChains.chain(length);
    }
}
