package dev.eet.tck.privacy.commit;

import dev.eet.api.privacy.CommitmentScheme;

/** The kit passes on a correct (toy) scheme. */
class ToyCommitmentConformanceTest extends CommitmentSchemeConformanceKit {
    @Override
    protected CommitmentScheme createScheme() {
        return new ToyCommitmentScheme(ToyCommitmentScheme.Flaw.NONE);
    }
}
