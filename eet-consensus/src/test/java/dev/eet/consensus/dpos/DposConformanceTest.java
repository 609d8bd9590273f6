package dev.eet.consensus.dpos;

import dev.eet.consensus.kit.TcpProviderCluster;
import dev.eet.tck.consensus.ConsensusProtocolConformanceKit;

/** The {@code dpos} provider (stake election, 100 ms slots) over loopback TCP against the conformance kit. */
class DposConformanceTest extends ConsensusProtocolConformanceKit {
    @Override
    protected String providerName() {
        return "dpos";
    }

    @Override
    protected Cluster createCluster(int members) {
        return new TcpProviderCluster("dpos", members, (i, b) -> b.put("slot", "PT0.1S"));
    }
}
