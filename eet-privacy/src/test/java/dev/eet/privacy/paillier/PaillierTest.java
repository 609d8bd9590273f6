package dev.eet.privacy.paillier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.privacy.PlaintextOverflowException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PaillierTest {
    private final PaillierKeyPair kp = TestKeys.KEY;
    private final PaillierPublicKey pk = kp.publicKey();
    private final PaillierEncryptor enc = PaillierEncryptor.standard(pk, TestKeys.RANDOM);
    private final PaillierDecryptor dec = PaillierDecryptor.create(kp.privateKey(), TestKeys.RANDOM);

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @ParameterizedTest
    @EnumSource(RandomiserMode.class)
    void roundTripsSignedDecimalsInEveryMode(RandomiserMode mode) {
        PaillierEncryptor e = PaillierEncryptor.create(pk, TestKeys.RANDOM, mode);
        for (String v : new String[] {"0", "1", "-1", "12.345678", "-0.000001", "9223372036854.775807"}) {
            PaillierCiphertext c = e.encrypt(d(v));
            assertEquals(6, c.scale());
            assertEquals(0, d(v).compareTo(dec.decrypt(c)), v);
        }
    }

    @Test
    void readmeExampleComputesExactly() {
        PaillierCiphertext r = enc.encrypt(d("12.5")).add(enc.encrypt(d("-2.25"))).multiply(d("-1.5"))
                .addPlain(BigDecimal.ONE);
        assertEquals(7, r.scale());
        assertEquals(d("-14.3750000"), dec.decrypt(r));
    }

    @Test
    void equalPlaintextsEncryptDifferently() {
        assertNotEquals(enc.encrypt(d("5")), enc.encrypt(d("5")));
        PaillierEncryptor djn = PaillierEncryptor.create(pk, TestKeys.RANDOM, RandomiserMode.DJN);
        assertNotEquals(djn.encrypt(d("5")), djn.encrypt(d("5")));
    }

    @Test
    void rerandomizeKeepsThePlaintextAndChangesTheCiphertext() {
        PaillierCiphertext c = enc.encrypt(d("3.5"));
        PaillierCiphertext r = enc.rerandomize(c);
        assertNotEquals(c.value(), r.value());
        assertEquals(d("3.500000"), dec.decrypt(r));
    }

    @Test
    void negativeConstantsInvertTheCiphertext() {
        PaillierCiphertext c = enc.encrypt(d("4"));
        PaillierCiphertext m = c.multiplyUnits(BigInteger.valueOf(-3));
        BigInteger n2 = pk.modulusSquared();
        assertEquals(c.value().modPow(BigInteger.valueOf(3), n2).modInverse(n2), m.value());
        assertEquals(d("-12.000000"), dec.decrypt(m));
        assertEquals(c.value().modInverse(n2), c.negate().value());
    }

    @Test
    void subtractAndScaleAlignment() {
        PaillierCiphertext a = enc.encrypt(d("1.25"), 2);
        PaillierCiphertext b = enc.encrypt(d("0.000003"));
        assertEquals(d("1.249997"), dec.decrypt(a.subtract(b)));
        assertEquals(d("-0.000006"), dec.decrypt(b.multiply(d("-2"))));
        assertThrows(InvalidArgumentException.class, () -> b.withScale(2));
    }

    @Test
    void blindedAndUnblindedDecryptionAgree() {
        PaillierCiphertext c = enc.encrypt(d("-77.000001"));
        assertEquals(dec.decryptResidue(c), PaillierDecryptor.unblinded(kp.privateKey()).decryptResidue(c));
    }

    @Test
    void theLargestMagnitudeRoundTripsAndOneMoreIsRejected() {
        BigInteger max = pk.maxMagnitude();
        assertEquals(max, dec.decryptUnits(enc.encryptInteger(max)));
        assertEquals(max.negate(), dec.decryptUnits(enc.encryptInteger(max.negate())));
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> enc.encryptInteger(max.add(BigInteger.ONE)));
        assertEquals("value", e.field());
    }

    @Test
    void overflowIsReportedNeverWrapped() {
        BigInteger max = pk.maxMagnitude();
        PaillierCiphertext top = enc.encryptInteger(max);
        PaillierCiphertext bottom = enc.encryptInteger(max.negate());
        assertThrows(PlaintextOverflowException.class, () -> dec.decryptUnits(top.add(top)));
        assertThrows(PlaintextOverflowException.class, () -> dec.decryptUnits(bottom.add(bottom)));
        assertThrows(PlaintextOverflowException.class, () -> dec.decryptUnits(top.multiplyUnits(BigInteger.TWO)));
        assertThrows(PlaintextOverflowException.class, () -> dec.decryptUnits(top.addPlainUnits(BigInteger.ONE)));
        assertThrows(PlaintextOverflowException.class, () -> dec.decryptUnits(top.subtract(bottom)));
        assertThrows(PlaintextOverflowException.class, () -> dec.decrypt(enc.encrypt(d("1")).multiply(
                new BigDecimal(max.multiply(BigInteger.valueOf(3)).divide(BigInteger.valueOf(2_000_000))))));
    }

    @Test
    void tooManyDecimalsIsRejected() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> enc.encrypt(d("0.0000001")));
        assertEquals("value", e.field());
    }

    @Test
    void ciphertextBytesRoundTripAndAreStable() {
        PaillierCiphertext c = enc.encrypt(d("42.42"));
        assertEquals(c, PaillierCiphertext.decode(pk, c.encode()));
        assertEquals(c.encode(), PaillierCiphertext.decode(pk, c.encode()).encode());
        assertEquals(2 + 8 + 1 + 256, c.encode().length());
        assertEquals(1, c.encode().get(0));
    }

    @Test
    void keysRoundTrip() {
        assertEquals(pk, PaillierPublicKey.decode(pk.encode(), 1024));
        assertEquals(pk.encode(), PaillierPublicKey.decode(pk.encode(), 1024).encode());
        assertEquals(kp.privateKey(), PaillierPrivateKey.decode(kp.privateKey().encode(), 1024));
        assertTrue(!kp.privateKey().toString().contains(kp.privateKey().p.toString()));
    }

    @Test
    void keyGenerationMeetsTheParameterRules() {
        PaillierKeyPair k = PaillierKeyPair.generate(2048, new SecureRandom());
        PaillierPrivateKey sk = k.privateKey();
        assertEquals(2048, k.publicKey().bits());
        assertEquals(1024, sk.p.bitLength());
        assertEquals(1024, sk.q.bitLength());
        BigInteger phi = sk.pMinusOne.multiply(sk.qMinusOne);
        assertEquals(BigInteger.ONE, k.publicKey().modulus().gcd(phi));
        PaillierEncryptor e = PaillierEncryptor.create(k.publicKey(), TestKeys.RANDOM, RandomiserMode.DJN);
        assertEquals(d("-1.5"), PaillierDecryptor.create(sk, TestKeys.RANDOM).decrypt(e.encrypt(d("-1.5"), 1)));
    }

    @Test
    void shortKeysAreRefusedOutsideTests() {
        assertThrows(InvalidArgumentException.class, () -> PaillierKeyPair.generate(1024, TestKeys.RANDOM));
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> PaillierPublicKey.decode(pk.encode()));
        assertEquals("n", e.field());
        assertThrows(InvalidArgumentException.class, () -> PaillierPrivateKey.decode(kp.privateKey().encode()));
    }

    @Test
    void operandsUnderDifferentKeysAreRejected() {
        PaillierCiphertext other = PaillierEncryptor.standard(TestKeys.OTHER.publicKey(), TestKeys.RANDOM)
                .encrypt(d("1"));
        assertThrows(InvalidArgumentException.class, () -> enc.encrypt(d("1")).add(other));
        assertThrows(InvalidArgumentException.class, () -> dec.decrypt(other));
    }
}
