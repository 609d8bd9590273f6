package dev.eet.consensus.ledger;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.LedgerStore;
import dev.eet.api.consensus.LedgerStoreProvider;
import dev.eet.api.spi.Config;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Provider {@code file}: a {@link FileLedgerStore}. Parameter {@code path} (required): the ledger file. Signature
 * and certificate checks need keys, so programmatic users who have them call
 * {@link FileLedgerStore#open(Path, java.util.Optional)} with a {@link BlockVerifier}.
 */
public final class FileLedgerStoreProvider implements LedgerStoreProvider {
    @Override
    public String name() {
        return "file";
    }

    @Override
    public LedgerStore create(Config config) {
        config.requireOnly(Set.of("path"));
        String p = config.getString("path");
        try {
            return FileLedgerStore.open(Path.of(p));
        } catch (InvalidPathException e) {
            throw new InvalidArgumentException(config.subject(), "path", "is not a valid path: " + p);
        }
    }

    @Override
    public String description() {
        return "append-only, checksummed, fsync'ed ledger file";
    }
}
