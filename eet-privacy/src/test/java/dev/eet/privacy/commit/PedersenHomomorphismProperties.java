package dev.eet.privacy.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigInteger;
import java.security.SecureRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Pedersen commitments are additively homomorphic in values and blindings, and binding across values. */
class PedersenHomomorphismProperties {
    private static final PedersenParameters P = PedersenParameters.p256();
    private static final SecureRandom RND = new SecureRandom();

    @Property(tries = 100)
    void sumOfCommitmentsCommitsToSum(@ForAll long a, @ForAll long b, @ForAll int k) {
        BigInteger r = P.group().randomScalar(RND);
        BigInteger s = P.group().randomScalar(RND);
        BigInteger va = BigInteger.valueOf(a);
        BigInteger vb = BigInteger.valueOf(b);
        PedersenCommitment ca = P.commit(va, r);
        PedersenCommitment cb = P.commit(vb, s);
        assertEquals(P.commit(va.add(vb), r.add(s)), ca.add(cb));
        assertEquals(P.commit(va.subtract(vb), r.subtract(s)), ca.subtract(cb));
        BigInteger kk = BigInteger.valueOf(k);
        assertEquals(P.commit(va.multiply(kk), r.multiply(kk)), ca.multiply(kk));
        assertEquals(P.commit(va.add(kk), r), ca.addValue(kk));
    }

    @Property(tries = 50)
    void differentValuesGiveDifferentCommitmentsUnderOneBlinding(@ForAll long a, @ForAll long b) {
        BigInteger r = P.group().randomScalar(RND);
        if (a != b) {
            assertNotEquals(P.commit(BigInteger.valueOf(a), r), P.commit(BigInteger.valueOf(b), r));
        }
    }
}
