package dev.eet.api.consensus;

import dev.eet.api.spi.Provider;

/** {@link java.util.ServiceLoader} service type for delegate-election policies. */
public interface ElectionPolicyProvider extends Provider<ElectionPolicy> {
}
