package dev.eet.privacy.proof.bench;

import dev.eet.privacy.commit.PedersenCommitment;
import dev.eet.privacy.commit.PedersenParameters;
import dev.eet.privacy.proof.BulletproofRangeProof;
import dev.eet.privacy.proof.Transcript;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Pedersen commitments and Bulletproofs range proofs on P-256 (Bouncy Castle): commit, 64-bit range proof
 * prove/verify, aggregated proof for two 64-bit values. Goals (issue 6): prove &lt;= 40 ms, verify &lt;= 8 ms for one
 * 64-bit value.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RangeProofBenchmark {
    private static final byte[] CONTEXT = "bench".getBytes();

    private PedersenParameters params;
    private BulletproofRangeProof bulletproofs;
    private SecureRandom random;
    private List<BigInteger> one;
    private List<BigInteger> oneBlinding;
    private List<PedersenCommitment> oneCommitment;
    private byte[] oneProof;
    private List<BigInteger> two;
    private List<BigInteger> twoBlindings;
    private List<PedersenCommitment> twoCommitments;
    private byte[] twoProof;

    /** Builds the generators, the statements and one proof of each kind to verify. */
    @Setup
    public void setUp() {
        params = PedersenParameters.p256();
        random = new SecureRandom();
        bulletproofs = new BulletproofRangeProof(params, random);
        one = List.of(BigInteger.valueOf(1_234_567_890_123L));
        oneBlinding = List.of(params.group().randomScalar(random));
        oneCommitment = List.of(params.commit(one.get(0), oneBlinding.get(0)));
        oneProof = bulletproofs.prove(64, one, oneBlinding, transcript());
        two = List.of(BigInteger.valueOf(42), BigInteger.valueOf(Long.MAX_VALUE));
        twoBlindings = List.of(params.group().randomScalar(random), params.group().randomScalar(random));
        twoCommitments = List.of(params.commit(two.get(0), twoBlindings.get(0)),
                params.commit(two.get(1), twoBlindings.get(1)));
        twoProof = bulletproofs.prove(64, two, twoBlindings, transcript());
        if (!bulletproofs.verify(64, oneCommitment, oneProof, transcript())
                || !bulletproofs.verify(64, twoCommitments, twoProof, transcript())) {
            throw new IllegalStateException("benchmark proofs do not verify");
        }
    }

    private Transcript transcript() {
        return new Transcript("bench/range", params, CONTEXT);
    }

    /** @return C = v*G + r*H with the fixed-base comb, fresh blinding */
    @Benchmark
    public PedersenCommitment pedersenCommit() {
        return params.commit(one.get(0), params.group().randomScalar(random));
    }

    /** @return a 64-bit range proof */
    @Benchmark
    public byte[] rangeProve64() {
        return bulletproofs.prove(64, one, oneBlinding, transcript());
    }

    /** @return whether a 64-bit range proof verifies */
    @Benchmark
    public boolean rangeVerify64() {
        return bulletproofs.verify(64, oneCommitment, oneProof, transcript());
    }

    /** @return an aggregated range proof for two 64-bit values */
    @Benchmark
    public byte[] rangeProve64x2() {
        return bulletproofs.prove(64, two, twoBlindings, transcript());
    }

    /** @return whether an aggregated two-value range proof verifies */
    @Benchmark
    public boolean rangeVerify64x2() {
        return bulletproofs.verify(64, twoCommitments, twoProof, transcript());
    }
}
