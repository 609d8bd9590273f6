package dev.eet.api.privacy;

import dev.eet.api.spi.Provider;

/** {@link java.util.ServiceLoader} service type for proof systems. */
public interface ProofSystemProvider extends Provider<ProofSystem> {
}
