package dev.eet.privacy.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.eet.api.InvalidArgumentException;
import dev.eet.privacy.paillier.PaillierCiphertext;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class BlindedMultiplierTest {
    private final ComputeFixture f = new ComputeFixture();

    @Provide
    Arbitrary<BigDecimal> values() {
        return Arbitraries.longs().between(-1_000_000_000_000_000L, 1_000_000_000_000_000L)
                .edgeCases(c -> c.includeOnly(0L, 1L, -1L)).map(u -> BigDecimal.valueOf(u, 6));
    }

    @Property(tries = 40)
    void productEqualsThePlaintextProduct(@ForAll("values") BigDecimal x, @ForAll("values") BigDecimal y) {
        PaillierCiphertext p = f.multiplier.multiply(f.encryptor.encrypt(x), f.encryptor.encrypt(y));
        assertEquals(12, p.scale());
        assertEquals(0, x.multiply(y).compareTo(f.decryptor.decrypt(p)));
    }

    @Property(tries = 40)
    void squareEqualsThePlaintextSquare(@ForAll("values") BigDecimal x) {
        PaillierCiphertext s = f.multiplier.square(f.encryptor.encrypt(x));
        assertEquals(0, x.multiply(x).compareTo(f.decryptor.decrypt(s)));
    }

    @Test
    void keyHolderSeesOnlyBlindedValues() {
        BigDecimal x = new BigDecimal("123.456789");
        BigDecimal y = new BigDecimal("-42");
        f.multiplier.multiply(f.encryptor.encrypt(x), f.encryptor.encrypt(y));
        assertEquals(2, f.view.size());
        List<BigInteger> secrets = List.of(x.movePointRight(6).toBigIntegerExact(),
                y.movePointRight(6).toBigIntegerExact(), x.multiply(y).movePointRight(12).toBigIntegerExact());
        for (BigInteger seen : f.view) {
            assertFalse(secrets.contains(seen));
            // blinded by r of 128 + 80 bits: far larger than any input
            assertFalse(seen.bitLength() < 150, "key holder saw a small, unblinded-looking value");
        }
    }

    @Test
    void boundsThatDoNotFitTheKeyAreRejected() {
        assertThrows(InvalidArgumentException.class,
                () -> new BlindedMultiplier(f.encryptor, f.keyHolder, ComputeFixture.RANDOM, 400, 128));
        assertThrows(InvalidArgumentException.class,
                () -> new BlindedMultiplier(f.encryptor, f.keyHolder, ComputeFixture.RANDOM, 64, 20));
    }

    @Test
    void weightedSumIsExact() {
        PaillierCiphertext s = WeightedSum.of(List.of(f.encryptor.encrypt(new BigDecimal("7")),
                f.encryptor.encrypt(new BigDecimal("10")), f.encryptor.encrypt(new BigDecimal("2.5"))),
                List.of(new BigDecimal("0.5"), new BigDecimal("0.3"), new BigDecimal("0.2")));
        assertEquals(0, new BigDecimal("7.0").compareTo(f.decryptor.decrypt(s)));
    }
}
