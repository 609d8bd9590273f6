package dev.eet.privacy.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.privacy.CommitmentScheme;
import dev.eet.api.privacy.CommitmentSchemeProvider;
import dev.eet.api.spi.Config;
import dev.eet.api.spi.ProviderRegistry;
import dev.eet.api.value.Bytes;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class PedersenCommitmentSchemeTest {
    private final PedersenCommitmentScheme scheme = PedersenCommitmentScheme.p256();
    private final BigInteger n = scheme.parameters().group().order();

    @Test
    void valuesBeyondHalfTheOrderAreRejectedSoOpeningsAreUnique() {
        BigInteger r = scheme.randomBlinding();
        Bytes c = scheme.commit(BigInteger.TEN, r);
        assertFalse(scheme.verifyOpening(c, BigInteger.TEN.add(n), r), "v + n must not open");
        assertThrows(InvalidArgumentException.class, () -> scheme.commit(n, r));
    }

    @Test
    void blindingMustBeAValidNonZeroScalar() {
        assertThrows(InvalidArgumentException.class, () -> scheme.commit(BigInteger.ONE, BigInteger.ZERO));
        assertThrows(InvalidArgumentException.class, () -> scheme.commit(BigInteger.ONE, n));
        assertFalse(scheme.verifyOpening(scheme.commit(BigInteger.ONE, BigInteger.ONE), BigInteger.ONE,
                BigInteger.ONE.add(n)));
    }

    @Test
    void offCurveAndIdentityCommitmentsAreRejected() {
        BigInteger r = scheme.randomBlinding();
        byte[] c = scheme.commit(BigInteger.TEN, r).toArray();
        assertFalse(scheme.verifyOpening(Bytes.of(new byte[] {0}), BigInteger.ZERO, r));
        byte[] x = c.clone();
        x[0] = 4; // uncompressed prefix with compressed length
        assertFalse(scheme.verifyOpening(Bytes.of(x), BigInteger.TEN, r));
        assertThrows(InvalidArgumentException.class, () -> scheme.add(Bytes.of(new byte[33]), Bytes.of(c)));
        // the difference of equal commitments is the identity, which has no encoding
        assertThrows(InvalidArgumentException.class, () -> scheme.subtract(Bytes.of(c), Bytes.of(c)));
    }

    @Test
    void providersAreRegistered() {
        CommitmentScheme p = ProviderRegistry.load(CommitmentSchemeProvider.class).get("pedersen-p256")
                .create(Config.empty());
        assertTrue(p.homomorphic());
        CommitmentScheme h = ProviderRegistry.load(CommitmentSchemeProvider.class).get("sha256")
                .create(Config.empty());
        assertFalse(h.homomorphic());
        assertEquals(32, h.commit(BigInteger.ONE, h.randomBlinding()).length());
        assertThrows(InvalidArgumentException.class, () -> ProviderRegistry.load(CommitmentSchemeProvider.class)
                .get("sha256").create(Config.builder("commitment sha256").put("bogus", "1").build()));
    }
}
