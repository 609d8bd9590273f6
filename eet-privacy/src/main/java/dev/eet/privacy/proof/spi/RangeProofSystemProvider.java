package dev.eet.privacy.proof.spi;

import dev.eet.api.privacy.ProofSystem;
import dev.eet.api.privacy.ProofSystemProvider;
import dev.eet.api.spi.Config;
import dev.eet.privacy.commit.PedersenParameters;
import java.security.SecureRandom;
import java.util.Set;

/** Provider of {@code "bulletproofs-range-p256"} ({@link RangeProofSystem}); takes no parameters. */
public final class RangeProofSystemProvider implements ProofSystemProvider {
    @Override
    public String name() {
        return RangeProofSystem.NAME;
    }

    @Override
    public ProofSystem create(Config config) {
        config.requireOnly(Set.of());
        return new RangeProofSystem(PedersenParameters.p256(), new SecureRandom());
    }

    @Override
    public String description() {
        return "aggregated Bulletproofs range proofs over Pedersen commitments on P-256";
    }
}
