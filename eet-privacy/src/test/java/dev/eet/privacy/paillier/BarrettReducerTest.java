package dev.eet.privacy.paillier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class BarrettReducerTest {
    private static final BigInteger M = TestKeys.KEY.publicKey().modulusSquared();
    private static final BarrettReducer R = new BarrettReducer(M);

    @Test
    void edgeValuesReduceLikeMod() {
        for (BigInteger x : new BigInteger[] {BigInteger.ZERO, BigInteger.ONE, M.subtract(BigInteger.ONE), M,
                M.add(BigInteger.ONE), M.multiply(M).subtract(BigInteger.ONE), BigInteger.ONE.shiftLeft(
                        2 * M.bitLength()).subtract(BigInteger.ONE), BigInteger.ONE.shiftLeft(2 * M.bitLength()),
                BigInteger.valueOf(-5)}) {
            assertEquals(x.mod(M), R.reduce(x), x.toString(16));
        }
    }

    @Property(tries = 300)
    void productsReduceLikeMod(@ForAll long seedA, @ForAll long seedB) {
        BigInteger a = new BigInteger(M.bitLength(), new java.util.Random(seedA)).mod(M);
        BigInteger b = new BigInteger(M.bitLength(), new java.util.Random(seedB)).mod(M);
        assertEquals(a.multiply(b).mod(M), R.multiply(a, b));
    }

    @Property(tries = 100)
    void liftedInverseIsTheInverseModNSquared(@ForAll long seed) {
        PaillierPublicKey pk = TestKeys.KEY.publicKey();
        BigInteger c = new BigInteger(M.bitLength(), new java.util.Random(seed)).mod(M);
        if (c.signum() > 0 && c.gcd(pk.modulus()).equals(BigInteger.ONE)) {
            assertEquals(c.modInverse(M), pk.invertModN2(c));
        }
    }
}
