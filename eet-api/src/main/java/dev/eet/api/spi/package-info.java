/**
 * The plug-in machinery shared by every SPI: {@link dev.eet.api.spi.Provider} (a stable name plus a factory),
 * {@link dev.eet.api.spi.Config} (immutable, typed configuration built by a builder, carrying the injected
 * {@link java.time.Clock} and random seed) and {@link dev.eet.api.spi.ProviderRegistry} (finds providers through
 * {@link java.util.ServiceLoader} by name and fails clearly on unknown or duplicate names).
 *
 * <p>To add an implementation of any SPI: implement its provider interface (e.g.
 * {@link dev.eet.api.matching.MatcherProvider}), list the class in
 * {@code META-INF/services/<provider interface name>}, and extend the matching conformance kit from
 * {@code eet-tck} in your tests.
 */
package dev.eet.api.spi;
