package dev.eet.privacy.commit;

import dev.eet.api.privacy.CommitmentScheme;
import dev.eet.tck.privacy.commit.CommitmentSchemeConformanceKit;
import java.security.SecureRandom;

class HashCommitmentConformanceTest extends CommitmentSchemeConformanceKit {
    @Override
    protected CommitmentScheme createScheme() {
        return new HashCommitmentScheme(new SecureRandom());
    }
}
