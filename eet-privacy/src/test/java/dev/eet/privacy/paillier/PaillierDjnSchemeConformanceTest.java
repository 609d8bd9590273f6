package dev.eet.privacy.paillier;

import dev.eet.api.privacy.HomomorphicScheme;
import dev.eet.api.spi.Config;
import dev.eet.tck.privacy.homomorphic.HomomorphicSchemeConformanceKit;

/** The DJN randomiser option against the conformance kit (1024-bit test keys, for speed). */
class PaillierDjnSchemeConformanceTest extends HomomorphicSchemeConformanceKit {
    @Override
    protected HomomorphicScheme createScheme() {
        return new PaillierSchemeProvider().create(Config.builder("test").put("bits", 1024)
                .put("insecureTestKeys", true).put("randomiser", "djn").build());
    }
}
