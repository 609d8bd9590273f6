package dev.eet.api.settlement;

import dev.eet.api.spi.Provider;

/** {@link java.util.ServiceLoader} service type for compensation rules. */
public interface CompensationRuleProvider extends Provider<CompensationRule> {
}
