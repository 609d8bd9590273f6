package dev.eet.privacy.proof;

import dev.eet.api.InvalidArgumentException;
import dev.eet.privacy.ec.ByteReader;
import dev.eet.privacy.ec.ByteWriter;
import dev.eet.privacy.ec.PrimeOrderGroup;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Non-interactive proof of knowledge of a witness for a {@link LinearRelation} (Maurer's generalised Schnorr
 * protocol with strong Fiat-Shamir). The prover sends one commitment T_j per equation and one response s_i per
 * witness scalar; the verifier recomputes the challenge c from the transcript (which already holds the domain,
 * group, generators and context) plus the whole statement and every T_j, and checks
 * {@code sum_i s_i * base_{j,i} == T_j + c * image_j} for every j.
 *
 * @param commitments the prover's first messages T_j (never the identity)
 * @param responses the responses s_i (scalars below n)
 */
public record SigmaProof(List<ECPoint> commitments, List<BigInteger> responses) {

    /** Largest accepted number of equations or witnesses when decoding. */
    public static final int MAX_SIZE = 64;

    /** Copies the lists. */
    public SigmaProof {
        commitments = List.copyOf(commitments);
        responses = List.copyOf(responses);
    }

    /**
     * @param group the group
     * @param relation the statement
     * @param witness the secret scalars
     * @param transcript the transcript (domain, generators and context already bound)
     * @param random nonce randomness
     * @return the proof
     * @throws InvalidArgumentException if the witness does not satisfy the relation
     */
    public static SigmaProof prove(PrimeOrderGroup group, LinearRelation relation, List<BigInteger> witness,
            Transcript transcript, SecureRandom random) {
        checkWitness(group, relation, witness);
        relation.bindTo(transcript);
        List<BigInteger> nonces = new ArrayList<>();
        List<ECPoint> ts;
        do {
            nonces.clear();
            for (int i = 0; i < relation.witnessCount(); i++) {
                nonces.add(group.randomScalar(random));
            }
            ts = evaluate(group, relation, nonces);
        } while (ts.stream().anyMatch(ECPoint::isInfinity));
        ts.forEach(p -> transcript.appendPoint("T", p));
        BigInteger c = transcript.challenge("c");
        List<BigInteger> s = new ArrayList<>();
        for (int i = 0; i < nonces.size(); i++) {
            s.add(nonces.get(i).add(c.multiply(witness.get(i))).mod(group.order()));
        }
        return new SigmaProof(ts, s);
    }

    /**
     * @param group the group
     * @param relation the statement
     * @param transcript a transcript built exactly as the prover's
     * @return whether the proof verifies
     */
    public boolean verify(PrimeOrderGroup group, LinearRelation relation, Transcript transcript) {
        if (commitments.size() != relation.equationCount() || responses.size() != relation.witnessCount()) {
            return false;
        }
        relation.bindTo(transcript);
        commitments.forEach(p -> transcript.appendPoint("T", p));
        BigInteger c = transcript.challenge("c");
        return checkEquations(group, relation, commitments, responses, c);
    }

    static boolean checkEquations(PrimeOrderGroup group, LinearRelation relation, List<ECPoint> ts,
            List<BigInteger> s, BigInteger c) {
        for (int j = 0; j < relation.equationCount(); j++) {
            List<ECPoint> ps = new ArrayList<>();
            List<BigInteger> ks = new ArrayList<>();
            for (int i = 0; i < relation.witnessCount(); i++) {
                ECPoint b = relation.base(j, i);
                if (b != null) {
                    ps.add(b);
                    ks.add(s.get(i));
                }
            }
            if (!relation.image(j).isInfinity()) {
                ps.add(relation.image(j));
                ks.add(c.negate());
            }
            ps.add(ts.get(j));
            ks.add(BigInteger.ONE.negate());
            ECPoint sum = group.multiScalarMultiply(ps.toArray(ECPoint[]::new), ks.toArray(BigInteger[]::new));
            if (!sum.isInfinity()) {
                return false;
            }
        }
        return true;
    }

    /** Evaluates every equation at the given scalars (fixed-base comb: the scalars may be secret). */
    static List<ECPoint> evaluate(PrimeOrderGroup group, LinearRelation relation, List<BigInteger> xs) {
        List<ECPoint> out = new ArrayList<>();
        for (int j = 0; j < relation.equationCount(); j++) {
            ECPoint acc = group.identity();
            for (int i = 0; i < relation.witnessCount(); i++) {
                ECPoint b = relation.base(j, i);
                if (b != null) {
                    acc = acc.add(group.multiplyFixed(b, xs.get(i)));
                }
            }
            out.add(acc.normalize());
        }
        return out;
    }

    static void checkWitness(PrimeOrderGroup group, LinearRelation relation, List<BigInteger> witness) {
        if (witness.size() != relation.witnessCount()) {
            throw new InvalidArgumentException("relation " + relation.label(), "witness",
                    "needs " + relation.witnessCount() + " scalars, got " + witness.size());
        }
        List<ECPoint> images = evaluate(group, relation, witness);
        for (int j = 0; j < images.size(); j++) {
            if (!images.get(j).equals(relation.image(j))) {
                throw new InvalidArgumentException("relation " + relation.label(), "witness",
                        "does not satisfy equation " + j);
            }
        }
    }

    /**
     * @param group the group
     * @return the encoding: count-prefixed points, count-prefixed scalars
     */
    public byte[] toBytes(PrimeOrderGroup group) {
        return new ByteWriter(group).points(commitments).scalars(responses).toByteArray();
    }

    /**
     * @param group the group
     * @param bytes an encoding from {@link #toBytes}
     * @return the proof (every point validated, every scalar below n)
     * @throws InvalidArgumentException if the bytes are malformed
     */
    public static SigmaProof fromBytes(PrimeOrderGroup group, byte[] bytes) {
        ByteReader r = new ByteReader(group, bytes, "sigma proof");
        SigmaProof p = new SigmaProof(r.points("T", MAX_SIZE), r.scalars("s", MAX_SIZE));
        r.end();
        return p;
    }
}
