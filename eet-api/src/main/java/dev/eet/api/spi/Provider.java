package dev.eet.api.spi;

/**
 * A named factory for one implementation of an SPI. Each SPI has a sub-interface (for example
 * {@link dev.eet.api.matching.MatcherProvider}) that is the {@link java.util.ServiceLoader} service type.
 *
 * @param <T> the type of component this provider creates
 */
public interface Provider<T> {

    /**
     * The stable name users select this implementation by, e.g. {@code "cda"}. Lower case letters, digits and
     * dashes only; it never changes between releases.
     *
     * @return the provider's name
     */
    String name();

    /**
     * Creates a component from a configuration. Unknown or invalid keys fail fast with an
     * {@link dev.eet.api.InvalidArgumentException} naming the key.
     *
     * @param config the configuration (parameters, clock, seed)
     * @return a new, fully configured component
     */
    T create(Config config);

    /**
     * A one-line human description, shown by {@code eet --help} style listings.
     *
     * @return the description; by default the name
     */
    default String description() {
        return name();
    }
}
