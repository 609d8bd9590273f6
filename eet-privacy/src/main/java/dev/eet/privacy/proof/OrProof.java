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
 * Cramer-Damgard-Schoenmakers OR composition of {@link LinearRelation} sigma protocols: the prover knows a witness
 * for one of the branches without revealing which. It simulates every other branch with a chosen challenge, and
 * the challenges of all branches must sum to the Fiat-Shamir challenge c, which hashes every branch's statement
 * and every first message.
 *
 * @param branches one proof per branch: first messages, branch challenge, responses
 */
public record OrProof(List<Branch> branches) {

    /** Largest accepted number of branches when decoding. */
    public static final int MAX_BRANCHES = 16;

    /** Copies the list. */
    public OrProof {
        branches = List.copyOf(branches);
    }

    /**
     * One branch of an OR proof.
     *
     * @param commitments first messages T_j
     * @param challenge the branch challenge
     * @param responses responses s_i
     */
    public record Branch(List<ECPoint> commitments, BigInteger challenge, List<BigInteger> responses) {
        /** Copies the lists. */
        public Branch {
            commitments = List.copyOf(commitments);
            responses = List.copyOf(responses);
        }
    }

    /**
     * @param group the group
     * @param relations the branches (at least two)
     * @param known the index of the branch the witness satisfies
     * @param witness the witness of that branch
     * @param transcript the transcript (domain, generators, context bound)
     * @param random randomness
     * @return the proof
     * @throws InvalidArgumentException if the witness does not satisfy branch {@code known}
     */
    public static OrProof prove(PrimeOrderGroup group, List<LinearRelation> relations, int known,
            List<BigInteger> witness, Transcript transcript, SecureRandom random) {
        if (relations.size() < 2 || known < 0 || known >= relations.size()) {
            throw new InvalidArgumentException("or proof", "known", "must index one of at least two branches");
        }
        SigmaProof.checkWitness(group, relations.get(known), witness);
        bind(relations, transcript);
        BigInteger n = group.order();
        List<List<ECPoint>> ts = new ArrayList<>();
        List<BigInteger> cs = new ArrayList<>();
        List<List<BigInteger>> ss = new ArrayList<>();
        List<BigInteger> nonces = new ArrayList<>();
        for (int b = 0; b < relations.size(); b++) {
            LinearRelation rel = relations.get(b);
            if (b == known) {
                List<ECPoint> t;
                do {
                    nonces.clear();
                    for (int i = 0; i < rel.witnessCount(); i++) {
                        nonces.add(group.randomScalar(random));
                    }
                    t = SigmaProof.evaluate(group, rel, nonces);
                } while (t.stream().anyMatch(ECPoint::isInfinity));
                ts.add(t);
                cs.add(null);
                ss.add(null);
            } else {
                BigInteger c = group.randomScalar(random);
                List<BigInteger> s = new ArrayList<>();
                for (int i = 0; i < rel.witnessCount(); i++) {
                    s.add(group.randomScalar(random));
                }
                List<ECPoint> t = simulate(group, rel, s, c);
                if (t.stream().anyMatch(ECPoint::isInfinity)) {
                    b--; // negligible: draw again
                    continue;
                }
                ts.add(t);
                cs.add(c);
                ss.add(s);
            }
        }
        ts.forEach(t -> t.forEach(p -> transcript.appendPoint("T", p)));
        BigInteger c = transcript.challenge("c");
        BigInteger ck = c;
        for (int b = 0; b < relations.size(); b++) {
            if (b != known) {
                ck = ck.subtract(cs.get(b));
            }
        }
        ck = ck.mod(n);
        List<BigInteger> sk = new ArrayList<>();
        for (int i = 0; i < nonces.size(); i++) {
            sk.add(nonces.get(i).add(ck.multiply(witness.get(i))).mod(n));
        }
        cs.set(known, ck);
        ss.set(known, sk);
        List<Branch> out = new ArrayList<>();
        for (int b = 0; b < relations.size(); b++) {
            out.add(new Branch(ts.get(b), cs.get(b), ss.get(b)));
        }
        return new OrProof(out);
    }

    private static List<ECPoint> simulate(PrimeOrderGroup group, LinearRelation rel, List<BigInteger> s,
            BigInteger c) {
        List<ECPoint> out = new ArrayList<>();
        for (int j = 0; j < rel.equationCount(); j++) {
            List<ECPoint> ps = new ArrayList<>();
            List<BigInteger> ks = new ArrayList<>();
            for (int i = 0; i < rel.witnessCount(); i++) {
                if (rel.base(j, i) != null) {
                    ps.add(rel.base(j, i));
                    ks.add(s.get(i));
                }
            }
            ps.add(rel.image(j));
            ks.add(c.negate());
            out.add(group.multiScalarMultiply(ps.toArray(ECPoint[]::new), ks.toArray(BigInteger[]::new))
                    .normalize());
        }
        return out;
    }

    private static void bind(List<LinearRelation> relations, Transcript t) {
        t.appendLong("or-branches", relations.size());
        relations.forEach(r -> r.bindTo(t));
    }

    /**
     * @param group the group
     * @param relations the branches, as the prover had them
     * @param transcript a transcript built exactly as the prover's
     * @return whether the proof verifies
     */
    public boolean verify(PrimeOrderGroup group, List<LinearRelation> relations, Transcript transcript) {
        if (relations.size() != branches.size() || relations.size() < 2) {
            return false;
        }
        for (int b = 0; b < relations.size(); b++) {
            if (branches.get(b).commitments().size() != relations.get(b).equationCount()
                    || branches.get(b).responses().size() != relations.get(b).witnessCount()) {
                return false;
            }
        }
        bind(relations, transcript);
        branches.forEach(br -> br.commitments().forEach(p -> transcript.appendPoint("T", p)));
        BigInteger c = transcript.challenge("c");
        BigInteger sum = BigInteger.ZERO;
        for (Branch br : branches) {
            sum = sum.add(br.challenge());
        }
        if (!sum.mod(group.order()).equals(c)) {
            return false;
        }
        for (int b = 0; b < relations.size(); b++) {
            Branch br = branches.get(b);
            if (!SigmaProof.checkEquations(group, relations.get(b), br.commitments(), br.responses(),
                    br.challenge())) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param group the group
     * @return the encoding: branch count, then per branch points, challenge, scalars
     */
    public byte[] toBytes(PrimeOrderGroup group) {
        ByteWriter w = new ByteWriter(group).u32(branches.size());
        for (Branch b : branches) {
            w.points(b.commitments()).scalar(b.challenge()).scalars(b.responses());
        }
        return w.toByteArray();
    }

    /**
     * @param group the group
     * @param bytes an encoding from {@link #toBytes}
     * @return the proof
     * @throws InvalidArgumentException if the bytes are malformed
     */
    public static OrProof fromBytes(PrimeOrderGroup group, byte[] bytes) {
        ByteReader r = new ByteReader(group, bytes, "or proof");
        int n = r.count("branches", MAX_BRANCHES);
        List<Branch> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Branch(r.points("T", SigmaProof.MAX_SIZE), r.scalar("c"),
                    r.scalars("s", SigmaProof.MAX_SIZE)));
        }
        r.end();
        return new OrProof(out);
    }
}
