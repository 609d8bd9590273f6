package dev.eet.consensus.ledger;

import dev.eet.api.consensus.LedgerStore;
import dev.eet.api.consensus.LedgerStoreProvider;
import dev.eet.api.spi.Config;
import java.util.Set;

/** Provider {@code memory}: a {@link MemoryLedgerStore} (no parameters). */
public final class MemoryLedgerStoreProvider implements LedgerStoreProvider {
    @Override
    public String name() {
        return "memory";
    }

    @Override
    public LedgerStore create(Config config) {
        config.requireOnly(Set.of());
        return new MemoryLedgerStore();
    }

    @Override
    public String description() {
        return "in-memory ledger store (tests, simulations)";
    }
}
