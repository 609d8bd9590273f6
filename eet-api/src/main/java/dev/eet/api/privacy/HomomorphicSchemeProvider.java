package dev.eet.api.privacy;

import dev.eet.api.spi.Provider;

/** {@link java.util.ServiceLoader} service type for homomorphic encryption schemes. */
public interface HomomorphicSchemeProvider extends Provider<HomomorphicScheme> {
}
