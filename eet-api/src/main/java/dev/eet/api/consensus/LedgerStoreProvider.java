package dev.eet.api.consensus;

import dev.eet.api.spi.Provider;

/** {@link java.util.ServiceLoader} service type for ledger stores (e.g. {@code file}, {@code memory}). */
public interface LedgerStoreProvider extends Provider<LedgerStore> {
}
