package dev.eet.tck.privacy.homomorphic;

import dev.eet.api.privacy.HomomorphicScheme;

/** The kit passes on a correct (if non-hiding) scheme: the kit itself is not over-strict. */
class ToySchemeConformanceTest extends HomomorphicSchemeConformanceKit {
    @Override
    protected HomomorphicScheme createScheme() {
        return new ToyScheme(ToyScheme.Defect.NONE);
    }
}
