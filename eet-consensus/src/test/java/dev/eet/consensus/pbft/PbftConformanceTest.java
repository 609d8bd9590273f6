package dev.eet.consensus.pbft;

import dev.eet.consensus.kit.TcpProviderCluster;
import dev.eet.tck.consensus.ConsensusProtocolConformanceKit;

/** The {@code pbft} provider over loopback TCP against the consensus conformance kit. */
class PbftConformanceTest extends ConsensusProtocolConformanceKit {
    @Override
    protected String providerName() {
        return "pbft";
    }

    @Override
    protected Cluster createCluster(int members) {
        return new TcpProviderCluster("pbft", members, (i, b) -> b.put("maxBatchTime", "10"));
    }
}
