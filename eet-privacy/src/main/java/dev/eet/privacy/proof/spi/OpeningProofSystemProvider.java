package dev.eet.privacy.proof.spi;

import dev.eet.api.privacy.ProofSystem;
import dev.eet.api.privacy.ProofSystemProvider;
import dev.eet.api.spi.Config;
import dev.eet.privacy.commit.PedersenParameters;
import java.security.SecureRandom;
import java.util.Set;

/** Provider of {@code "pedersen-opening-p256"} ({@link OpeningProofSystem}); takes no parameters. */
public final class OpeningProofSystemProvider implements ProofSystemProvider {
    @Override
    public String name() {
        return OpeningProofSystem.NAME;
    }

    @Override
    public ProofSystem create(Config config) {
        config.requireOnly(Set.of());
        return new OpeningProofSystem(PedersenParameters.p256(), new SecureRandom());
    }

    @Override
    public String description() {
        return "Schnorr-style proof of knowledge of a Pedersen opening on P-256";
    }
}
