package dev.eet.privacy.proof;

import dev.eet.privacy.commit.PedersenCommitment;
import java.math.BigInteger;
import java.util.List;

/**
 * A non-interactive proof that each of m Pedersen commitments V_j = v_j*G + gamma_j*H hides a value in
 * [0, 2^bits). Implementations bind the bit length and every commitment into the transcript themselves.
 */
public interface RangeProof {

    /** @return the construction's name, e.g. {@code "bulletproofs"} */
    String name();

    /**
     * @param bits the range's bit length
     * @param values the secret values, each in [0, 2^bits)
     * @param blindings their blindings
     * @param transcript the transcript (domain, generators and context bound)
     * @return the encoded proof
     * @throws dev.eet.api.InvalidArgumentException if a value is outside the range or the shape is unsupported
     */
    byte[] prove(int bits, List<BigInteger> values, List<BigInteger> blindings, Transcript transcript);

    /**
     * @param bits the range's bit length
     * @param commitments the commitments V_j
     * @param proof the encoded proof
     * @param transcript a transcript built exactly as the prover's
     * @return whether the proof verifies (malformed bytes give {@code false})
     */
    boolean verify(int bits, List<PedersenCommitment> commitments, byte[] proof, Transcript transcript);
}
