package dev.eet.tck.privacy.proof;

import dev.eet.api.privacy.ProofSystem;
import dev.eet.api.value.Bytes;
import java.math.BigInteger;

/** The kit passes on a correct (toy) Schnorr proof. */
class ToySchnorrConformanceTest extends ProofSystemConformanceKit {
    @Override
    protected ProofSystem createSystem() {
        return new ToySchnorrProofSystem(ToySchnorrProofSystem.Flaw.NONE);
    }

    @Override
    protected ProofInstance satisfiedInstance() {
        BigInteger w = BigInteger.valueOf(123456789);
        return new ProofInstance(ToySchnorrProofSystem.statement(w), Bytes.of(w.toByteArray()));
    }

    @Override
    protected Bytes otherStatement() {
        return ToySchnorrProofSystem.statement(BigInteger.valueOf(987654321));
    }

    @Override
    protected ProofInstance unsatisfiedInstance() {
        return new ProofInstance(ToySchnorrProofSystem.statement(BigInteger.TEN), Bytes.of(new byte[] {11}));
    }
}
