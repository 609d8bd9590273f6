package dev.eet.privacy.commit;

import dev.eet.api.privacy.CommitmentScheme;
import dev.eet.tck.privacy.commit.CommitmentSchemeConformanceKit;

class PedersenCommitmentConformanceTest extends CommitmentSchemeConformanceKit {
    @Override
    protected CommitmentScheme createScheme() {
        return PedersenCommitmentScheme.p256();
    }
}
