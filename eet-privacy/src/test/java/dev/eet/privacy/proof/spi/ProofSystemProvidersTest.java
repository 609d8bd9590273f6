package dev.eet.privacy.proof.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.privacy.ProofSystem;
import dev.eet.api.privacy.ProofSystemProvider;
import dev.eet.api.spi.Config;
import dev.eet.api.spi.ProviderRegistry;
import dev.eet.api.value.Bytes;
import dev.eet.privacy.commit.PedersenParameters;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProofSystemProvidersTest {
    private static final PedersenParameters P = PedersenParameters.p256();

    @Test
    void providersAreRegisteredAndRejectUnknownParameters() {
        ProofSystem range = ProviderRegistry.load(ProofSystemProvider.class).get("bulletproofs-range-p256")
                .create(Config.empty());
        assertEquals(RangeProofSystem.NAME, range.name());
        assertEquals(OpeningProofSystem.NAME, ProviderRegistry.load(ProofSystemProvider.class)
                .get("pedersen-opening-p256").create(Config.empty()).name());
        assertThrows(InvalidArgumentException.class, () -> ProviderRegistry.load(ProofSystemProvider.class)
                .get("bulletproofs-range-p256").create(Config.builder("proof").put("bits", "64").build()));
    }

    @Test
    void rangeStatementWithUnsupportedShapeIsRejected() {
        RangeProofSystem s = new RangeProofSystem(P, new SecureRandom());
        BigInteger r = P.group().randomScalar(new SecureRandom());
        List<BigInteger> v = List.of(BigInteger.ONE, BigInteger.TWO, BigInteger.TEN);
        List<BigInteger> rs = List.of(r, r, r);
        Bytes statement = RangeProofSystem.statement(P, 64, List.of(P.commit(v.get(0), r), P.commit(v.get(1), r),
                P.commit(v.get(2), r)));
        assertThrows(InvalidArgumentException.class, () -> s.prove(statement, RangeProofSystem.witness(P, v, rs),
                Bytes.EMPTY));
        Bytes one = RangeProofSystem.statement(P, 64, List.of(P.commit(BigInteger.ONE, r)));
        Bytes proof = s.prove(one, RangeProofSystem.witness(P, List.of(BigInteger.ONE), List.of(r)), Bytes.EMPTY);
        assertTrue(s.verify(one, proof, Bytes.EMPTY));
        assertFalse(s.verify(RangeProofSystem.statement(P, 32, List.of(P.commit(BigInteger.ONE, r))), proof,
                Bytes.EMPTY));
    }
}
