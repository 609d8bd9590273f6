package dev.eet.api.matching;

import dev.eet.api.spi.Provider;

/**
 * {@link java.util.ServiceLoader} service type for matchers. List implementations in
 * {@code META-INF/services/dev.eet.api.matching.MatcherProvider}.
 */
public interface MatcherProvider extends Provider<Matcher> {
}
