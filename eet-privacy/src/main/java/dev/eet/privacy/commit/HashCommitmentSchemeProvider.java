package dev.eet.privacy.commit;

import dev.eet.api.privacy.CommitmentScheme;
import dev.eet.api.privacy.CommitmentSchemeProvider;
import dev.eet.api.spi.Config;
import java.security.SecureRandom;
import java.util.Set;

/** Provider of {@code "sha256"} ({@link HashCommitmentScheme}); takes no parameters. */
public final class HashCommitmentSchemeProvider implements CommitmentSchemeProvider {
    @Override
    public String name() {
        return HashCommitmentScheme.NAME;
    }

    @Override
    public CommitmentScheme create(Config config) {
        config.requireOnly(Set.of());
        return new HashCommitmentScheme(new SecureRandom());
    }

    @Override
    public String description() {
        return "SHA-256 hash commitments H(v || r): hiding and binding, not homomorphic";
    }
}
