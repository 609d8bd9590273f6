package dev.eet.tck.privacy.homomorphic;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** jqwik generators of signed fixed-point decimals, as energies, prices and money are in EET. */
public final class DecimalArbitraries {
    private DecimalArbitraries() {
    }

    /**
     * @param scale the decimals of each value
     * @param maxUnits the largest magnitude in units (value * 10^scale)
     * @return signed decimals at exactly {@code scale} decimals, with edge cases (0, +-1 unit, +-max) favoured
     */
    public static Arbitrary<BigDecimal> values(int scale, BigInteger maxUnits) {
        return Arbitraries.bigIntegers().between(maxUnits.negate(), maxUnits).withDistribution(
                net.jqwik.api.RandomDistribution.uniform()).edgeCases(c -> c.includeOnly(BigInteger.ZERO,
                BigInteger.ONE, BigInteger.ONE.negate(), maxUnits, maxUnits.negate()))
                .map(u -> new BigDecimal(u, scale));
    }

    /**
     * @return plaintext constants for scalar multiplication: integers and decimals with up to 6 decimals, magnitude
     *         below one million, either sign
     */
    public static Arbitrary<BigDecimal> constants() {
        Arbitrary<BigDecimal> integers = Arbitraries.longs().between(-1_000_000, 1_000_000).map(BigDecimal::valueOf);
        Arbitrary<BigDecimal> decimals = Arbitraries.integers().between(0, 6).flatMap(s -> Arbitraries.longs()
                .between(-1_000_000L * pow10(s), 1_000_000L * pow10(s)).map(u -> BigDecimal.valueOf(u, s)));
        return Arbitraries.oneOf(integers, decimals);
    }

    private static long pow10(int s) {
        long r = 1;
        for (int i = 0; i < s; i++) {
            r *= 10;
        }
        return r;
    }
}
