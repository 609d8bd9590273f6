package dev.eet.privacy.paillier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.value.Bytes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every malformed or out-of-range encoding is rejected with the offending field named. */
class PaillierFormatTest {
    private final PaillierKeyPair kp = TestKeys.KEY;
    private final PaillierPublicKey pk = kp.publicKey();
    private final Bytes ct = PaillierEncryptor.standard(pk, TestKeys.RANDOM).encrypt(new BigDecimal("7")).encode();

    private static Bytes with(Bytes b, int index, int value) {
        byte[] a = b.toArray();
        a[index] = (byte) value;
        return Bytes.of(a);
    }

    private String rejectCiphertext(Bytes b) {
        return assertThrows(InvalidArgumentException.class, () -> PaillierCiphertext.decode(pk, b)).field();
    }

    private Bytes withValue(BigInteger c) {
        byte[] a = ct.toArray();
        byte[] v = PaillierFormat.fixedWidth(c, pk.ciphertextBytes());
        System.arraycopy(v, 0, a, 11, v.length);
        return Bytes.of(a);
    }

    @Test
    void unknownVersionIsRejected() {
        assertEquals("version", rejectCiphertext(with(ct, 0, 2)));
        assertEquals("version", rejectCiphertext(with(ct, 0, 0)));
        assertEquals("version", assertThrows(InvalidArgumentException.class,
                () -> PaillierPublicKey.decode(with(pk.encode(), 0, 9), 1024)).field());
        assertEquals("version", assertThrows(InvalidArgumentException.class,
                () -> PaillierPrivateKey.decode(with(kp.privateKey().encode(), 0, 9), 1024)).field());
    }

    @Test
    void wrongKindIsRejected() {
        assertEquals("kind", rejectCiphertext(with(ct, 1, 1)));
        assertEquals("kind", assertThrows(InvalidArgumentException.class,
                () -> PaillierPublicKey.decode(kp.privateKey().encode(), 1024)).field());
    }

    @Test
    void truncatedAndExtendedEncodingsAreRejected() {
        assertEquals("value", rejectCiphertext(Bytes.of(Arrays.copyOf(ct.toArray(), ct.length() - 1))));
        assertEquals("encoding", rejectCiphertext(Bytes.of(Arrays.copyOf(ct.toArray(), ct.length() + 1))));
        assertEquals("version", rejectCiphertext(Bytes.EMPTY));
        assertEquals("encoding", assertThrows(InvalidArgumentException.class,
                () -> PaillierPublicKey.decode(Bytes.of(Arrays.copyOf(pk.encode().toArray(), pk.encode().length() + 1)),
                        1024)).field());
    }

    @Test
    void anotherKeysCiphertextIsRejected() {
        Bytes other = PaillierEncryptor.standard(TestKeys.OTHER.publicKey(), TestKeys.RANDOM)
                .encrypt(BigDecimal.ONE).encode();
        assertEquals("keyId", rejectCiphertext(other));
        assertEquals("keyId", rejectCiphertext(with(ct, 5, ct.get(5) ^ 1)));
    }

    @Test
    void outOfRangeCiphertextValuesAreRejected() {
        assertEquals("value", rejectCiphertext(withValue(BigInteger.ZERO)));
        assertEquals("value", rejectCiphertext(withValue(pk.modulusSquared())));
        assertEquals("value", rejectCiphertext(withValue(pk.modulusSquared().add(BigInteger.ONE))));
        assertEquals("value", rejectCiphertext(withValue(kp.privateKey().p.multiply(BigInteger.valueOf(12345)))));
        assertEquals("value", rejectCiphertext(withValue(pk.modulus())));
        byte[] ff = ct.toArray();
        Arrays.fill(ff, 11, ff.length, (byte) 0xff);
        assertEquals("value", rejectCiphertext(Bytes.of(ff)));
    }

    @Test
    void nonCanonicalAndWildLengthsAreRejected() {
        byte[] n = PaillierFormat.unsigned(pk.modulus());
        ByteBuffer b = ByteBuffer.allocate(2 + 4 + 1 + n.length);
        b.put((byte) 1).put((byte) 1).putInt(n.length + 1).put((byte) 0).put(n);
        assertEquals("n", assertThrows(InvalidArgumentException.class,
                () -> PaillierPublicKey.decode(Bytes.of(b.array()), 1024)).field());
        Bytes huge = Bytes.fromHex("0101" + "7fffffff" + "01");
        assertEquals("n", assertThrows(InvalidArgumentException.class, () -> PaillierPublicKey.decode(huge, 1024))
                .field());
    }

    @Test
    void primeOrEvenModulusIsRejected() {
        BigInteger prime = BigInteger.probablePrime(1024, TestKeys.RANDOM);
        assertEquals("n", assertThrows(InvalidArgumentException.class,
                () -> PaillierPublicKey.of(prime, 1024)).field());
        assertEquals("n", assertThrows(InvalidArgumentException.class,
                () -> PaillierPublicKey.of(pk.modulus().add(BigInteger.ONE), 1024)).field());
    }

    @Test
    void tamperedPrivateKeyIsRejected() {
        PaillierPrivateKey sk = kp.privateKey();
        Bytes composite = encodePrivate(sk.p.add(BigInteger.TWO), sk.q);
        assertThrows(InvalidArgumentException.class, () -> PaillierPrivateKey.decode(composite, 1024));
        Bytes same = encodePrivate(sk.p, sk.p);
        assertEquals("q", assertThrows(InvalidArgumentException.class,
                () -> PaillierPrivateKey.decode(same, 1024)).field());
        Bytes unequal = encodePrivate(BigInteger.probablePrime(400, TestKeys.RANDOM),
                BigInteger.probablePrime(624, TestKeys.RANDOM));
        assertEquals("q", assertThrows(InvalidArgumentException.class,
                () -> PaillierPrivateKey.decode(unequal, 512)).field());
    }

    private static Bytes encodePrivate(BigInteger p, BigInteger q) {
        byte[] pb = PaillierFormat.unsigned(p);
        byte[] qb = PaillierFormat.unsigned(q);
        ByteBuffer b = ByteBuffer.allocate(2 + 8 + pb.length + qb.length);
        b.put((byte) 1).put((byte) 2).putInt(pb.length).put(pb).putInt(qb.length).put(qb);
        return Bytes.of(b.array());
    }
}
