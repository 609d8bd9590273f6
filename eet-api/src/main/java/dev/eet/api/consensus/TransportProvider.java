package dev.eet.api.consensus;

import dev.eet.api.spi.Provider;

/** {@link java.util.ServiceLoader} service type for transports (e.g. {@code tcp}, {@code simulated}). */
public interface TransportProvider extends Provider<Transport> {
}
