package dev.eet.privacy.proof;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.InvalidArgumentException;
import dev.eet.privacy.commit.PedersenCommitment;
import dev.eet.privacy.commit.PedersenParameters;
import dev.eet.privacy.ec.PrimeOrderGroup;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

class SigmaProofTest {
    private static final PedersenParameters P = PedersenParameters.p256();
    private static final PrimeOrderGroup G = P.group();
    private static final SecureRandom RND = new SecureRandom();

    private static Transcript t(String ctx) {
        return new Transcript("test/sigma", P, ctx.getBytes(StandardCharsets.UTF_8));
    }

    private static BigInteger r() {
        return G.randomScalar(RND);
    }

    @Test
    void openingProofVerifiesAndRoundTrips() {
        BigInteger v = BigInteger.valueOf(1234);
        BigInteger b = r();
        PedersenCommitment c = P.commit(v, b);
        LinearRelation rel = PedersenRelations.opening(P, c);
        SigmaProof proof = SigmaProof.prove(G, rel, List.of(v, b), t("ctx"), RND);
        assertTrue(proof.verify(G, rel, t("ctx")));
        assertTrue(SigmaProof.fromBytes(G, proof.toBytes(G)).verify(G, rel, t("ctx")));
    }

    @Test
    void wrongOpeningCannotBeProved() {
        BigInteger b = r();
        PedersenCommitment c = P.commit(BigInteger.TEN, b);
        assertThrows(InvalidArgumentException.class, () -> SigmaProof.prove(G, PedersenRelations.opening(P, c),
                List.of(BigInteger.valueOf(11), b), t("ctx"), RND));
    }

    @Test
    void replayUnderAnotherStatementOrContextFails() {
        BigInteger b = r();
        PedersenCommitment c = P.commit(BigInteger.TEN, b);
        LinearRelation rel = PedersenRelations.opening(P, c);
        SigmaProof proof = SigmaProof.prove(G, rel, List.of(BigInteger.TEN, b), t("A"), RND);
        assertFalse(proof.verify(G, rel, t("B")), "other context");
        assertFalse(proof.verify(G, PedersenRelations.opening(P, P.commit(BigInteger.TEN, r())), t("A")),
                "other commitment");
        assertFalse(proof.verify(G, PedersenRelations.zero(P, "opening", c), t("A")), "other relation shape");
    }

    @Test
    void tamperedBytesAreRejected() {
        BigInteger b = r();
        PedersenCommitment c = P.commit(BigInteger.TEN, b);
        LinearRelation rel = PedersenRelations.opening(P, c);
        byte[] bytes = SigmaProof.prove(G, rel, List.of(BigInteger.TEN, b), t("A"), RND).toBytes(G);
        for (int i = 0; i < bytes.length; i++) {
            byte[] bad = bytes.clone();
            bad[i] ^= 0x40;
            boolean ok;
            try {
                ok = SigmaProof.fromBytes(G, bad).verify(G, rel, t("A"));
            } catch (InvalidArgumentException e) {
                ok = false;
            }
            assertFalse(ok, "byte " + i);
        }
    }

    @Test
    void linearBalanceUpdateAndProduct() {
        BigInteger n = G.order();
        // b' = b - v*p with public p
        BigInteger bal = BigInteger.valueOf(1_000_000);
        BigInteger v = BigInteger.valueOf(300);
        BigInteger price = BigInteger.valueOf(2000);
        BigInteger rb = r();
        BigInteger rv = r();
        BigInteger rb2 = r();
        PedersenCommitment cb = P.commit(bal, rb);
        PedersenCommitment cv = P.commit(v, rv);
        PedersenCommitment cb2 = P.commit(bal.subtract(v.multiply(price)), rb2);
        PedersenCommitment d = cb2.subtract(cb).add(cv.multiply(price));
        BigInteger tWit = rb2.subtract(rb).add(price.multiply(rv)).mod(n);
        LinearRelation rel = PedersenRelations.zero(P, "balance-update", d);
        assertTrue(SigmaProof.prove(G, rel, List.of(tWit), t("u"), RND).verify(G, rel, t("u")));
        // a wrong new balance is not a commitment to zero with a known t
        PedersenCommitment wrong = P.commit(bal.subtract(v.multiply(price)).add(BigInteger.ONE), rb2);
        LinearRelation wrongRel = PedersenRelations.zero(P, "balance-update",
                wrong.subtract(cb).add(cv.multiply(price)));
        assertThrows(InvalidArgumentException.class,
                () -> SigmaProof.prove(G, wrongRel, List.of(tWit), t("u"), RND));

        // product z = x*y
        BigInteger x = BigInteger.valueOf(17);
        BigInteger y = BigInteger.valueOf(23);
        BigInteger rx = r();
        BigInteger ry = r();
        BigInteger rz = r();
        PedersenCommitment cx = P.commit(x, rx);
        PedersenCommitment cy = P.commit(y, ry);
        PedersenCommitment cz = P.commit(x.multiply(y), rz);
        LinearRelation prod = PedersenRelations.product(P, cx, cy, cz);
        List<BigInteger> w = PedersenRelations.productWitness(P, x, rx, ry, rz);
        assertTrue(SigmaProof.prove(G, prod, w, t("p"), RND).verify(G, prod, t("p")));
        PedersenCommitment czWrong = P.commit(x.multiply(y).add(BigInteger.ONE), rz);
        assertThrows(InvalidArgumentException.class, () -> SigmaProof.prove(G,
                PedersenRelations.product(P, cx, cy, czWrong), w, t("p"), RND));
    }

    @Test
    void orProofHidesWhichBranch() {
        BigInteger n = G.order();
        BigInteger vm = BigInteger.valueOf(100);
        BigInteger va = BigInteger.valueOf(93);
        BigInteger rm = r();
        BigInteger ra = r();
        BigInteger rf = r();
        PedersenCommitment cm = P.commit(vm, rm);
        PedersenCommitment ca = P.commit(va, ra);
        for (int known = 0; known < 2; known++) {
            BigInteger vf = known == 0 ? vm : va;
            PedersenCommitment cf = P.commit(vf, rf);
            List<LinearRelation> rels = List.of(PedersenRelations.zero(P, "vf=vm", cf.subtract(cm)),
                    PedersenRelations.zero(P, "vf=va", cf.subtract(ca)));
            BigInteger wit = rf.subtract(known == 0 ? rm : ra).mod(n);
            OrProof proof = OrProof.prove(G, rels, known, List.of(wit), t("or"), RND);
            assertTrue(proof.verify(G, rels, t("or")));
            assertTrue(OrProof.fromBytes(G, proof.toBytes(G)).verify(G, rels, t("or")));
            assertFalse(proof.verify(G, rels, t("or2")));
            assertFalse(proof.verify(G, List.of(rels.get(1), rels.get(0)), t("or")));
            byte[] bytes = proof.toBytes(G);
            bytes[bytes.length - 1] ^= 1;
            byte[] bad = bytes;
            boolean ok;
            try {
                ok = OrProof.fromBytes(G, bad).verify(G, rels, t("or"));
            } catch (InvalidArgumentException e) {
                ok = false;
            }
            assertFalse(ok);
        }
        // a third value is neither: no witness exists for either branch
        PedersenCommitment cf = P.commit(BigInteger.valueOf(50), rf);
        List<LinearRelation> rels = List.of(PedersenRelations.zero(P, "vf=vm", cf.subtract(cm)),
                PedersenRelations.zero(P, "vf=va", cf.subtract(ca)));
        assertThrows(InvalidArgumentException.class, () -> OrProof.prove(G, rels, 0,
                List.of(rf.subtract(rm).mod(n)), t("or"), RND));
    }
}
