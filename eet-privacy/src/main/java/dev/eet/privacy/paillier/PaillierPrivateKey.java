package dev.eet.privacy.paillier;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.value.Bytes;
import java.math.BigInteger;
import java.nio.ByteBuffer;

/**
 * A Paillier private key: the primes p &lt; q of equal length with the CRT values decryption needs (p^2, q^2,
 * hp = L_p(g^(p-1) mod p^2)^-1 mod p, hq likewise, q^-1 mod p, and the orders p(p-1), q(q-1) of Z*_{p^2},
 * Z*_{q^2} used for exponent blinding). Immutable; {@link #toString()} never prints secrets.
 *
 * <p>Encoding (version 1): {@code 01 | 02 | u32 length | p | u32 length | q}. Decoding re-checks primality, equal
 * length and gcd(pq, (p-1)(q-1)) = 1.
 */
public final class PaillierPrivateKey {
    static final byte KIND = 0x02;

    private final PaillierPublicKey publicKey;
    final BigInteger p;
    final BigInteger q;
    final BigInteger pSquared;
    final BigInteger qSquared;
    final BigInteger pMinusOne;
    final BigInteger qMinusOne;
    final BigInteger pOrder;
    final BigInteger qOrder;
    final BigInteger hp;
    final BigInteger hq;
    final BigInteger qInverseModP;

    private PaillierPrivateKey(PaillierPublicKey publicKey, BigInteger p, BigInteger q) {
        this.publicKey = publicKey;
        this.p = p;
        this.q = q;
        this.pSquared = p.multiply(p);
        this.qSquared = q.multiply(q);
        this.pMinusOne = p.subtract(BigInteger.ONE);
        this.qMinusOne = q.subtract(BigInteger.ONE);
        this.pOrder = p.multiply(pMinusOne);
        this.qOrder = q.multiply(qMinusOne);
        BigInteger g = publicKey.modulus().add(BigInteger.ONE);
        this.hp = l(g.modPow(pMinusOne, pSquared), p).modInverse(p);
        this.hq = l(g.modPow(qMinusOne, qSquared), q).modInverse(q);
        this.qInverseModP = q.modInverse(p);
    }

    static PaillierPrivateKey of(BigInteger p, BigInteger q, int minBits) {
        String s = "paillier private key";
        if (p.compareTo(q) > 0) {
            BigInteger t = p;
            p = q;
            q = t;
        }
        if (p.equals(q)) {
            throw new InvalidArgumentException(s, "q", "must differ from p");
        }
        if (p.bitLength() != q.bitLength()) {
            throw new InvalidArgumentException(s, "q", "p and q must have equal length, were " + p.bitLength()
                    + " and " + q.bitLength() + " bits");
        }
        if (!p.isProbablePrime(100)) {
            throw new InvalidArgumentException(s, "p", "is not prime");
        }
        if (!q.isProbablePrime(100)) {
            throw new InvalidArgumentException(s, "q", "is not prime");
        }
        BigInteger n = p.multiply(q);
        BigInteger phi = p.subtract(BigInteger.ONE).multiply(q.subtract(BigInteger.ONE));
        if (!n.gcd(phi).equals(BigInteger.ONE)) {
            throw new InvalidArgumentException(s, "q", "gcd(pq, (p-1)(q-1)) must be 1");
        }
        return new PaillierPrivateKey(PaillierPublicKey.of(n, minBits), p, q);
    }

    /**
     * Decodes a private key of at least {@link PaillierPublicKey#MIN_BITS} bits.
     *
     * @param encoded the encoding from {@link #encode()}
     * @return the key
     */
    public static PaillierPrivateKey decode(Bytes encoded) {
        return decode(encoded, PaillierPublicKey.MIN_BITS);
    }

    /**
     * @param encoded the encoding from {@link #encode()}
     * @param minBits the smallest modulus accepted (below {@link PaillierPublicKey#MIN_BITS} only for tests)
     * @return the key
     */
    public static PaillierPrivateKey decode(Bytes encoded, int minBits) {
        PaillierFormat.Reader r = new PaillierFormat.Reader("paillier private key", encoded);
        r.header(KIND);
        BigInteger p = r.magnitude("p");
        BigInteger q = r.magnitude("q");
        r.end();
        return of(p, q, minBits);
    }

    /** @return the matching public key */
    public PaillierPublicKey publicKey() {
        return publicKey;
    }

    /** @return the stable versioned encoding (secret) */
    public Bytes encode() {
        byte[] pb = PaillierFormat.unsigned(p);
        byte[] qb = PaillierFormat.unsigned(q);
        ByteBuffer b = ByteBuffer.allocate(2 + 4 + pb.length + 4 + qb.length);
        b.put(PaillierFormat.VERSION).put(KIND).putInt(pb.length).put(pb).putInt(qb.length).put(qb);
        return Bytes.of(b.array());
    }

    /** L_p(u) = (u - 1) / p. */
    static BigInteger l(BigInteger u, BigInteger prime) {
        return u.subtract(BigInteger.ONE).divide(prime);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof PaillierPrivateKey k && p.equals(k.p) && q.equals(k.q));
    }

    @Override
    public int hashCode() {
        return publicKey.hashCode();
    }

    /** Never prints the primes. */
    @Override
    public String toString() {
        return "PaillierPrivateKey[" + publicKey + ", <redacted>]";
    }
}
