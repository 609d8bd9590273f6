package dev.eet.api.consensus;

import dev.eet.api.spi.Provider;

/** {@link java.util.ServiceLoader} service type for consensus protocols. */
public interface ConsensusProtocolProvider extends Provider<ConsensusProtocol> {
}
