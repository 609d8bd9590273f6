package dev.eet.api.spi;

import dev.eet.api.InvalidArgumentException;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The providers of one SPI, by name. Built from {@link ServiceLoader} or from an explicit list; immutable.
 *
 * <pre>{@code
 * Matcher cda = ProviderRegistry.load(MatcherProvider.class).get("cda").create(Config.empty());
 * }</pre>
 *
 * @param <P> the provider interface
 */
public final class ProviderRegistry<P extends Provider<?>> {
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String spi;
    private final Map<String, P> byName;

    private ProviderRegistry(String spi, Map<String, P> byName) {
        this.spi = spi;
        this.byName = Collections.unmodifiableMap(byName);
    }

    /**
     * Loads every provider of {@code type} visible to the thread's context class loader (or, failing that, the
     * loader of {@code type}).
     *
     * @param type the provider interface, e.g. {@code MatcherProvider.class}
     * @param <P> the provider interface
     * @return the registry
     * @throws DuplicateProviderException if two providers share a name
     * @throws InvalidArgumentException if a provider's name is not lower-case-with-dashes
     */
    public static <P extends Provider<?>> ProviderRegistry<P> load(Class<P> type) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = type.getClassLoader();
        }
        return of(type, ServiceLoader.load(type, loader));
    }

    /**
     * Builds a registry from explicit providers (useful in tests and for programmatic composition).
     *
     * @param type the provider interface
     * @param providers the providers
     * @param <P> the provider interface
     * @return the registry
     * @throws DuplicateProviderException if two providers share a name
     */
    public static <P extends Provider<?>> ProviderRegistry<P> of(Class<P> type, Iterable<? extends P> providers) {
        String spi = spiName(type);
        Map<String, P> byName = new TreeMap<>();
        Iterator<? extends P> it = providers.iterator();
        while (it.hasNext()) {
            P p = it.next();
            String name = p.name();
            if (name == null || !NAME.matcher(name).matches()) {
                throw new InvalidArgumentException(spi + " provider " + p.getClass().getName(), "name",
                        "must be lower-case letters, digits and dashes, was '" + name + "'");
            }
            P previous = byName.putIfAbsent(name, p);
            if (previous != null) {
                throw new DuplicateProviderException(spi, name, previous.getClass(), p.getClass());
            }
        }
        return new ProviderRegistry<>(spi, new LinkedHashMap<>(byName));
    }

    /** @return convenience overload of {@link #of(Class, Iterable)} */
    @SafeVarargs
    public static <P extends Provider<?>> ProviderRegistry<P> of(Class<P> type, P... providers) {
        return of(type, List.of(providers));
    }

    /**
     * @param name the provider name
     * @return the provider, if registered
     */
    public Optional<P> find(String name) {
        return Optional.ofNullable(byName.get(Objects.requireNonNull(name, "name")));
    }

    /**
     * @param name the provider name
     * @return the provider
     * @throws UnknownProviderException naming the known providers if none has that name
     */
    public P get(String name) {
        P p = byName.get(Objects.requireNonNull(name, "name"));
        if (p == null) {
            throw new UnknownProviderException(spi, name, byName.keySet());
        }
        return p;
    }

    /** @return the registered names, sorted */
    public SortedSet<String> names() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(byName.keySet()));
    }

    /** @return every provider, sorted by name */
    public List<P> providers() {
        return List.copyOf(byName.values());
    }

    private static String spiName(Class<?> type) {
        String simple = type.getSimpleName();
        String base = simple.endsWith("Provider") ? simple.substring(0, simple.length() - "Provider".length()) : simple;
        return base.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
