package dev.eet.privacy.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.eet.api.InvalidArgumentException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EncryptedDeviationTest {
    private final ComputeFixture f = new ComputeFixture();
    private final EncryptedDeviation settler = new EncryptedDeviation(f.encryptor, ComputeFixture.RANDOM);

    private ToleranceDecision encrypted(BigDecimal va, BigDecimal vm, BigDecimal sigma) {
        return f.keyHolder.decide(settler.toleranceTest(f.encryptor.encrypt(va), f.encryptor.encrypt(vm), sigma));
    }

    @ParameterizedTest
    @CsvSource({
        "100, 100, 0.1, WITHIN",
        "109.999999, 100, 0.1, WITHIN",
        "110, 100, 0.1, ABOVE",
        "90.000001, 100, 0.1, WITHIN",
        "90, 100, 0.1, BELOW",
        "0, 100, 0.1, BELOW",
        "250, 100, 0.05, ABOVE",
        "100, 100, 0, BELOW",
        "3.3, 3, 0.1, ABOVE",
        "3.299999, 3, 0.1, WITHIN"})
    void settlementRuleExamples(String va, String vm, String sigma, ToleranceDecision expected) {
        BigDecimal a = new BigDecimal(va);
        BigDecimal m = new BigDecimal(vm);
        BigDecimal s = new BigDecimal(sigma);
        assertEquals(expected, EncryptedDeviation.plaintextDecision(a, m, s));
        assertEquals(expected, encrypted(a, m, s));
    }

    @Provide
    Arbitrary<BigDecimal> energies() {
        return Arbitraries.longs().between(1, 2_000_000_000_000L).map(u -> BigDecimal.valueOf(u, 6));
    }

    @Provide
    Arbitrary<BigDecimal> tolerances() {
        return Arbitraries.integers().between(0, 5000).map(u -> BigDecimal.valueOf(u, 4));
    }

    @Property(tries = 60)
    void encryptedDecisionEqualsThePlaintextRule(@ForAll("energies") BigDecimal vm, @ForAll("energies") BigDecimal va,
            @ForAll("tolerances") BigDecimal sigma) {
        assertEquals(EncryptedDeviation.plaintextDecision(va, vm, sigma), encrypted(va, vm, sigma));
    }

    @Property(tries = 30)
    void decisionAtTheExactBoundaryIsOutside(@ForAll("energies") BigDecimal vm, @ForAll("tolerances") BigDecimal sigma) {
        BigDecimal t = vm.multiply(sigma);
        // v_a = v_m +- sigma*v_m exactly: d == sigma is not within tolerance (the rule is strict)
        if (t.scale() <= 6 || t.stripTrailingZeros().scale() <= 6) {
            assertEquals(sigma.signum() == 0 ? ToleranceDecision.BELOW : ToleranceDecision.ABOVE,
                    encrypted(vm.add(t), vm, sigma));
            assertEquals(ToleranceDecision.BELOW, encrypted(vm.subtract(t), vm, sigma));
        }
    }

    @Test
    void deviationCiphertextDecryptsToTheDifference() {
        BigDecimal d = f.decryptor.decrypt(settler.deviation(f.encryptor.encrypt(new BigDecimal("9.5")),
                f.encryptor.encrypt(new BigDecimal("10.25"))));
        assertEquals(new BigDecimal("-0.750000"), d);
    }

    @Test
    void keyHolderSeesNeitherTheValuesNorTheDeviation() {
        BigDecimal va = new BigDecimal("105");
        BigDecimal vm = new BigDecimal("100");
        assertEquals(ToleranceDecision.WITHIN, encrypted(va, vm, new BigDecimal("0.1")));
        assertEquals(2, f.view.size());
        List<BigInteger> secrets = List.of(BigInteger.valueOf(105_000_000), BigInteger.valueOf(100_000_000),
                BigInteger.valueOf(5_000_000), BigInteger.valueOf(-5_000_000));
        for (BigInteger seen : f.view) {
            assertFalse(secrets.contains(seen));
            assertFalse(secrets.contains(seen.divide(BigInteger.TEN)));
        }
    }

    @Test
    void negativeToleranceIsRejected() {
        assertEquals("sigma", assertThrows(InvalidArgumentException.class, () -> settler.toleranceTest(
                f.encryptor.encrypt(BigDecimal.ONE), f.encryptor.encrypt(BigDecimal.ONE), new BigDecimal("-0.1")))
                .field());
    }
}
