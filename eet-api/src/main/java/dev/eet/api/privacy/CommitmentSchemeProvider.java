package dev.eet.api.privacy;

import dev.eet.api.spi.Provider;

/** {@link java.util.ServiceLoader} service type for commitment schemes. */
public interface CommitmentSchemeProvider extends Provider<CommitmentScheme> {
}
