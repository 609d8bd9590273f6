package dev.eet.privacy.proof.spi;

import dev.eet.api.privacy.ProofSystem;
import dev.eet.api.value.Bytes;
import dev.eet.privacy.commit.PedersenParameters;
import dev.eet.privacy.ec.ByteWriter;
import dev.eet.tck.privacy.proof.ProofInstance;
import dev.eet.tck.privacy.proof.ProofSystemConformanceKit;
import java.math.BigInteger;
import java.security.SecureRandom;

class OpeningProofConformanceTest extends ProofSystemConformanceKit {
    private static final PedersenParameters P = PedersenParameters.p256();
    private static final BigInteger R = P.group().randomScalar(new SecureRandom());

    @Override
    protected ProofSystem createSystem() {
        return new OpeningProofSystem(P, new SecureRandom());
    }

    private static Bytes witness(long v, BigInteger r) {
        return Bytes.of(new ByteWriter(P.group()).scalar(BigInteger.valueOf(v)).scalar(r).toByteArray());
    }

    @Override
    protected ProofInstance satisfiedInstance() {
        return new ProofInstance(P.commit(BigInteger.valueOf(500), R).toBytes(), witness(500, R));
    }

    @Override
    protected Bytes otherStatement() {
        return P.commit(BigInteger.valueOf(501), R).toBytes();
    }

    @Override
    protected ProofInstance unsatisfiedInstance() {
        return new ProofInstance(P.commit(BigInteger.valueOf(500), R).toBytes(), witness(499, R));
    }
}
