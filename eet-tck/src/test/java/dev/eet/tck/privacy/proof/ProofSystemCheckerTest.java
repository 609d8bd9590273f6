package dev.eet.tck.privacy.proof;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.value.Bytes;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The checker catches planted flaws. */
class ProofSystemCheckerTest {
    private static final ProofInstance OK = new ProofInstance(ToySchnorrProofSystem.statement(BigInteger.TWO),
            Bytes.of(new byte[] {2}));

    @Test
    void catchesWeakFiatShamir() {
        ProofSystemChecker c = new ProofSystemChecker(new ToySchnorrProofSystem(ToySchnorrProofSystem.Flaw.WEAK_FIAT_SHAMIR));
        assertTrue(c.completeness(OK).isEmpty());
        assertFalse(c.replay(OK, ToySchnorrProofSystem.statement(BigInteger.TEN)).isEmpty());
    }

    @Test
    void catchesVerifierThatAcceptsEverything() {
        ProofSystemChecker c = new ProofSystemChecker(
                new ToySchnorrProofSystem(ToySchnorrProofSystem.Flaw.VERIFIER_ACCEPTS_ALL));
        assertFalse(c.tampering(OK, 16).isEmpty());
        assertFalse(c.unsatisfiedWitness(new ProofInstance(ToySchnorrProofSystem.statement(BigInteger.TEN),
                Bytes.of(new byte[] {3}))).isEmpty() && c.replay(OK, OK.statement()).isEmpty());
    }
}
