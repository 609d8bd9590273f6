package dev.eet.consensus.ledger;

import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.LedgerStore;
import dev.eet.api.consensus.LedgerStoreProvider;
import dev.eet.api.spi.Config;
import dev.eet.api.spi.ProviderRegistry;
import dev.eet.tck.consensus.LedgerStoreConformanceKit;
import java.nio.file.Path;
import java.util.List;

class MemoryLedgerStoreConformanceTest extends LedgerStoreConformanceKit {
    @Override
    protected LedgerStore openStore(Path directory) {
        return ProviderRegistry.load(LedgerStoreProvider.class).get("memory").create(Config.empty());
    }

    @Override
    protected List<Block> validChain(int length) {
        return TestChains.chain(length);
    }

    @Override
    protected boolean durable() {
        return false;
    }
}
