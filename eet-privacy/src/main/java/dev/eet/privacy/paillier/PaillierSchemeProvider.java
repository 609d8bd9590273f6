package dev.eet.privacy.paillier;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.privacy.HomomorphicScheme;
import dev.eet.api.privacy.HomomorphicSchemeProvider;
import dev.eet.api.spi.Config;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Set;

/**
 * Registers {@link PaillierScheme} as {@code "paillier"}. Parameters: {@code bits} (default 3072, at least 2048),
 * {@code randomiser} ({@code standard} (default) or {@code djn}), {@code insecureTestKeys} (default false; when
 * true, keys down to {@value PaillierPublicKey#MIN_TEST_BITS} bits are generated and accepted, for fast tests
 * only). Randomness always comes from a fresh {@link SecureRandom}; the config's seed is deliberately not used for
 * cryptographic randomness.
 */
public final class PaillierSchemeProvider implements HomomorphicSchemeProvider {
    private static final Set<String> KEYS = Set.of("bits", "randomiser", "insecureTestKeys");

    @Override
    public String name() {
        return "paillier";
    }

    @Override
    public String description() {
        return "Paillier encryption (g = n+1, CRT decryption with exponent blinding, optional DJN randomisers)";
    }

    @Override
    public HomomorphicScheme create(Config config) {
        Config c = config.withSubject("homomorphic scheme paillier").requireOnly(KEYS);
        int bits = c.getInt("bits", PaillierKeyPair.DEFAULT_BITS);
        boolean test = c.getBoolean("insecureTestKeys", false);
        String r = c.getString("randomiser", "standard").trim().toLowerCase(Locale.ROOT);
        RandomiserMode mode = switch (r) {
            case "standard" -> RandomiserMode.STANDARD;
            case "djn" -> RandomiserMode.DJN;
            default -> throw new InvalidArgumentException(c.subject(), "randomiser",
                    "must be standard or djn, was '" + r + "'");
        };
        int minBits = test ? PaillierPublicKey.MIN_TEST_BITS : PaillierPublicKey.MIN_BITS;
        return new PaillierScheme(bits, minBits, mode, new SecureRandom());
    }
}
