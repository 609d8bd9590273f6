package dev.eet.privacy.proof;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.InvalidArgumentException;
import dev.eet.privacy.commit.PedersenCommitment;
import dev.eet.privacy.commit.PedersenParameters;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulletproofRangeProofTest {
    private static final PedersenParameters P = PedersenParameters.p256();
    private static final SecureRandom RND = new SecureRandom();
    private final BulletproofRangeProof rp = new BulletproofRangeProof(P, RND);

    private static Transcript t(String ctx) {
        return new Transcript("test/range", P, ctx.getBytes(StandardCharsets.UTF_8));
    }

    private static List<BigInteger> blindings(int m) {
        List<BigInteger> out = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            out.add(P.group().randomScalar(RND));
        }
        return out;
    }

    private static List<PedersenCommitment> commit(List<BigInteger> v, List<BigInteger> r) {
        List<PedersenCommitment> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            out.add(P.commit(v.get(i), r.get(i)));
        }
        return out;
    }

    @Test
    void singleSixtyFourBitValueVerifies() {
        for (BigInteger v : List.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(123456789),
                BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE))) {
            List<BigInteger> vs = List.of(v);
            List<BigInteger> rs = blindings(1);
            byte[] proof = rp.prove(64, vs, rs, t("ctx"));
            assertTrue(rp.verify(64, commit(vs, rs), proof, t("ctx")), "value " + v);
        }
    }

    @Test
    void aggregatedProofsVerify() {
        for (int m : new int[] {2, 4}) {
            List<BigInteger> vs = new ArrayList<>();
            for (int i = 0; i < m; i++) {
                vs.add(BigInteger.valueOf(1000L * i + 7));
            }
            List<BigInteger> rs = blindings(m);
            byte[] proof = rp.prove(32, vs, rs, t("agg"));
            assertTrue(rp.verify(32, commit(vs, rs), proof, t("agg")), "m=" + m);
        }
    }

    @Test
    void outOfRangeValueCannotBeProved() {
        assertThrows(InvalidArgumentException.class,
                () -> rp.prove(64, List.of(BigInteger.ONE.shiftLeft(64)), blindings(1), t("x")));
        assertThrows(InvalidArgumentException.class,
                () -> rp.prove(64, List.of(BigInteger.valueOf(-1)), blindings(1), t("x")));
        assertThrows(InvalidArgumentException.class,
                () -> rp.prove(64, List.of(BigInteger.ONE, BigInteger.ONE, BigInteger.ONE), blindings(3), t("x")));
    }

    @Test
    void negativeValueCommitmentIsRejectedWithAHonestlyShapedProof() {
        // a proof for v = 5 does not verify for the commitment to -5 (= n - 5, far outside [0, 2^64))
        List<BigInteger> rs = blindings(1);
        byte[] proof = rp.prove(64, List.of(BigInteger.valueOf(5)), rs, t("neg"));
        assertFalse(rp.verify(64, List.of(P.commit(BigInteger.valueOf(-5), rs.get(0))), proof, t("neg")));
    }

    @Test
    void proofIsBoundToContextStatementAndBitLength() {
        List<BigInteger> vs = List.of(BigInteger.valueOf(42));
        List<BigInteger> rs = blindings(1);
        byte[] proof = rp.prove(64, vs, rs, t("trade-1"));
        List<PedersenCommitment> cs = commit(vs, rs);
        assertTrue(rp.verify(64, cs, proof, t("trade-1")));
        assertFalse(rp.verify(64, cs, proof, t("trade-2")), "replayed under another context");
        assertFalse(rp.verify(64, List.of(P.commit(BigInteger.valueOf(42), rs.get(0).add(BigInteger.ONE))),
                proof, t("trade-1")), "replayed for another commitment");
        assertFalse(rp.verify(32, cs, proof, t("trade-1")), "another bit length");
        assertFalse(rp.verify(64, cs, proof, new Transcript("other/domain", P, "trade-1".getBytes())),
                "another domain tag");
    }

    @Test
    void everyTamperedByteIsRejected() {
        List<BigInteger> vs = List.of(BigInteger.valueOf(7), BigInteger.valueOf(9));
        List<BigInteger> rs = blindings(2);
        byte[] proof = rp.prove(8, vs, rs, t("tamper"));
        List<PedersenCommitment> cs = commit(vs, rs);
        for (int i = 0; i < proof.length; i++) {
            byte[] bad = proof.clone();
            bad[i] ^= 0x01;
            assertFalse(rp.verify(8, cs, bad, t("tamper")), "flipped byte " + i);
        }
        assertFalse(rp.verify(8, cs, java.util.Arrays.copyOf(proof, proof.length - 1), t("tamper")));
        assertFalse(rp.verify(8, cs, java.util.Arrays.copyOf(proof, proof.length + 1), t("tamper")));
        assertFalse(rp.verify(8, cs, new byte[0], t("tamper")));
    }
}
