package dev.eet.privacy.proof.spi;

import dev.eet.api.privacy.ProofSystem;
import dev.eet.api.value.Bytes;
import dev.eet.privacy.commit.PedersenParameters;
import dev.eet.tck.privacy.proof.ProofInstance;
import dev.eet.tck.privacy.proof.ProofSystemConformanceKit;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;

class RangeProofConformanceTest extends ProofSystemConformanceKit {
    private static final PedersenParameters P = PedersenParameters.p256();
    private static final SecureRandom RND = new SecureRandom();
    private static final BigInteger R1 = P.group().randomScalar(RND);
    private static final BigInteger R2 = P.group().randomScalar(RND);

    @Override
    protected ProofSystem createSystem() {
        return new RangeProofSystem(P, RND);
    }

    private static ProofInstance instance(long a, long b) {
        List<BigInteger> vs = List.of(BigInteger.valueOf(a), BigInteger.valueOf(b));
        List<BigInteger> rs = List.of(R1, R2);
        return new ProofInstance(RangeProofSystem.statement(P, 64,
                List.of(P.commit(vs.get(0), R1), P.commit(vs.get(1), R2))), RangeProofSystem.witness(P, vs, rs));
    }

    @Override
    protected ProofInstance satisfiedInstance() {
        return instance(1_000_000, 42);
    }

    @Override
    protected Bytes otherStatement() {
        return instance(1_000_001, 42).statement();
    }

    @Override
    protected ProofInstance unsatisfiedInstance() {
        return instance(-1, 42); // balance below cost: a negative difference
    }
}
