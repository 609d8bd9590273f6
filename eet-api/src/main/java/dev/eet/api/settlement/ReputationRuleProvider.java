package dev.eet.api.settlement;

import dev.eet.api.spi.Provider;

/** {@link java.util.ServiceLoader} service type for reputation rules. */
public interface ReputationRuleProvider extends Provider<ReputationRule> {
}
