package dev.eet.privacy.paillier;

import dev.eet.api.privacy.HomomorphicScheme;
import dev.eet.api.privacy.HomomorphicSchemeProvider;
import dev.eet.api.spi.Config;
import dev.eet.api.spi.ProviderRegistry;
import dev.eet.tck.privacy.homomorphic.HomomorphicSchemeConformanceKit;

/**
 * The "paillier" provider, loaded through the registry, against the conformance kit. Uses 1024-bit keys
 * ({@code insecureTestKeys=true}) generated once per class, for speed; the defaults stay 3072 bits.
 */
class PaillierSchemeConformanceTest extends HomomorphicSchemeConformanceKit {
    @Override
    protected HomomorphicScheme createScheme() {
        return ProviderRegistry.load(HomomorphicSchemeProvider.class).get("paillier").create(
                Config.builder("test").put("bits", 1024).put("insecureTestKeys", true).build());
    }
}
