package dev.eet.privacy.commit;

import dev.eet.api.privacy.CommitmentScheme;
import dev.eet.api.privacy.CommitmentSchemeProvider;
import dev.eet.api.spi.Config;
import java.security.SecureRandom;
import java.util.Set;

/** Provider of {@code "pedersen-p256"} ({@link PedersenCommitmentScheme}); takes no parameters. */
public final class PedersenCommitmentSchemeProvider implements CommitmentSchemeProvider {
    @Override
    public String name() {
        return PedersenCommitmentScheme.NAME;
    }

    @Override
    public CommitmentScheme create(Config config) {
        config.requireOnly(Set.of());
        return new PedersenCommitmentScheme(PedersenParameters.p256(), new SecureRandom());
    }

    @Override
    public String description() {
        return "Pedersen commitments v*G + r*H on P-256, H by RFC 9380 hash-to-curve";
    }
}
