package dev.eet.privacy.proof;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.InvalidArgumentException;
import dev.eet.privacy.commit.PedersenParameters;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Completeness of the range proof on random values, and refusal outside the range. */
class RangeProofProperties {
    private static final PedersenParameters P = PedersenParameters.p256();
    private static final SecureRandom RND = new SecureRandom();
    private static final BulletproofRangeProof RP = new BulletproofRangeProof(P, RND);

    private static Transcript t() {
        return new Transcript("test/range-property", P, new byte[0]);
    }

    @Property(tries = 20)
    void valuesInRangeVerify(@ForAll @LongRange(min = 0, max = 65_535) long a,
            @ForAll @LongRange(min = 0, max = 65_535) long b) {
        List<BigInteger> vs = List.of(BigInteger.valueOf(a), BigInteger.valueOf(b));
        List<BigInteger> rs = List.of(P.group().randomScalar(RND), P.group().randomScalar(RND));
        byte[] proof = RP.prove(16, vs, rs, t());
        assertTrue(RP.verify(16, List.of(P.commit(vs.get(0), rs.get(0)), P.commit(vs.get(1), rs.get(1))), proof,
                t()));
    }

    @Property(tries = 20)
    void valuesOutsideTheRangeAreRefused(@ForAll @IntRange(min = 1, max = 1_000_000) int excess) {
        BigInteger v = BigInteger.ONE.shiftLeft(16).add(BigInteger.valueOf(excess - 1));
        assertThrows(InvalidArgumentException.class,
                () -> RP.prove(16, List.of(v), List.of(P.group().randomScalar(RND)), t()));
        assertThrows(InvalidArgumentException.class,
                () -> RP.prove(16, List.of(BigInteger.valueOf(-excess)), List.of(P.group().randomScalar(RND)), t()));
    }
}
