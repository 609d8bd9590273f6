package dev.eet.privacy.ec;

import dev.eet.api.InvalidArgumentException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.hash2curve.HashToCurveProfile;
import org.bouncycastle.crypto.hash2curve.HashToEllipticCurve;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * A prime-order elliptic-curve group from Bouncy Castle's {@link CustomNamedCurves} with everything the sigma
 * protocols need, written against the group interface only (so a second curve is a new constant, not new proof
 * code): canonical encodings that reject bad input, fixed-base comb multiplication for secret scalars, RFC 9380
 * hash-to-curve for generators nobody knows a discrete logarithm of, and a multi-scalar multiplication for
 * verifiers.
 *
 * <p>Encodings: a point is its 33-byte SEC1 compressed form ({@code 02|03 || x}); the identity has no encoding
 * and is rejected on decoding, as is any x that is not on the curve. A scalar is 32 bytes big-endian and must be
 * below the group order {@code n} (no silent reduction).
 */
public final class PrimeOrderGroup {

    /**
     * NIST P-256 (secp256r1) with the RFC 9380 suite {@code P256_XMD:SHA-256_SSWU_RO_} as hash-to-curve. This is the
     * group all EET commitments and proofs use.
     */
    public static final PrimeOrderGroup P256 = new PrimeOrderGroup("P-256", "secp256r1",
            HashToCurveProfile.P256_XMD_SHA_256);

    private final String name;
    private final ECCurve curve;
    private final ECPoint generator;
    private final BigInteger order;
    private final int scalarBytes;
    private final int pointBytes;
    private final HashToCurveProfile hashToCurveProfile;
    private final FixedPointCombMultiplier comb = new FixedPointCombMultiplier();

    private PrimeOrderGroup(String name, String bcName, HashToCurveProfile profile) {
        X9ECParameters p = CustomNamedCurves.getByName(bcName);
        if (p == null || !BigInteger.ONE.equals(p.getH())) {
            throw new IllegalStateException(bcName + " is not a prime-order curve in Bouncy Castle");
        }
        this.name = name;
        this.curve = p.getCurve();
        this.generator = p.getG().normalize();
        this.order = p.getN();
        this.scalarBytes = (order.bitLength() + 7) / 8;
        this.pointBytes = 1 + (curve.getFieldSize() + 7) / 8;
        this.hashToCurveProfile = profile;
    }

    /** @return the group's name, e.g. {@code "P-256"}; it is hashed into every Fiat-Shamir transcript */
    public String name() {
        return name;
    }

    /** @return the standard base point */
    public ECPoint generator() {
        return generator;
    }

    /** @return the prime group order n */
    public BigInteger order() {
        return order;
    }

    /** @return the identity element */
    public ECPoint identity() {
        return curve.getInfinity();
    }

    /** @return the length of an encoded scalar */
    public int scalarLength() {
        return scalarBytes;
    }

    /** @return the length of an encoded point */
    public int pointLength() {
        return pointBytes;
    }

    /**
     * Multiplies a fixed base (a generator) by a secret scalar with Bouncy Castle's fixed-point comb multiplier:
     * the comb table is computed once per base and cached on the point, and the running time does not branch on
     * the scalar's bits.
     *
     * @param base a fixed base point
     * @param scalar any integer; reduced modulo n
     * @return scalar * base
     */
    public ECPoint multiplyFixed(ECPoint base, BigInteger scalar) {
        BigInteger k = scalar.mod(order);
        if (k.signum() == 0) {
            return identity();
        }
        return comb.multiply(base, k);
    }

    /**
     * Variable-time multiplication of a public base by a public scalar (for verifiers).
     *
     * @param base the point
     * @param scalar any integer; reduced modulo n
     * @return scalar * base
     */
    public ECPoint multiply(ECPoint base, BigInteger scalar) {
        return base.multiply(scalar.mod(order));
    }

    /**
     * Multi-scalar multiplication sum(scalars[i] * points[i]) (interleaved wNAF with cached per-point tables). Not
     * constant time: used by verifiers, and by provers only where documented.
     *
     * @param points the points
     * @param scalars the scalars (any integers; reduced modulo n)
     * @return the sum
     */
    public ECPoint multiScalarMultiply(ECPoint[] points, BigInteger[] scalars) {
        if (points.length != scalars.length) {
            throw new IllegalArgumentException("points and scalars differ in length");
        }
        int count = 0;
        for (BigInteger s : scalars) {
            if (s.mod(order).signum() != 0) {
                count++;
            }
        }
        if (count == 0) {
            return identity();
        }
        ECPoint[] ps = new ECPoint[count];
        BigInteger[] ks = new BigInteger[count];
        int j = 0;
        for (int i = 0; i < points.length; i++) {
            BigInteger k = scalars[i].mod(order);
            if (k.signum() != 0) {
                ps[j] = points[i];
                ks[j++] = k;
            }
        }
        return ECAlgorithms.sumOfMultiplies(ps, ks);
    }

    /**
     * RFC 9380 {@code hash_to_curve} with this group's random-oracle suite (for P-256:
     * {@code P256_XMD:SHA-256_SSWU_RO_}, via Bouncy Castle 1.84's implementation).
     *
     * @param message the message
     * @param dst the domain separation tag (at most 255 bytes)
     * @return a point with unknown discrete logarithm to any other such point
     */
    public ECPoint hashToCurve(byte[] message, String dst) {
        ECPoint p = HashToEllipticCurve.getInstance(hashToCurveProfile, dst).hashToCurve(message);
        return curve.importPoint(p).normalize();
    }

    /**
     * Hashes bytes to a scalar: the 64-byte SHA-512 digest reduced modulo n (statistical distance to uniform below
     * 2^-250).
     *
     * @param data the bytes
     * @return a scalar in [0, n)
     */
    public BigInteger hashToScalar(byte[] data) {
        return new BigInteger(1, Sha.sha512(data)).mod(order);
    }

    /**
     * @param random the randomness source
     * @return a uniformly random non-zero scalar
     */
    public BigInteger randomScalar(SecureRandom random) {
        byte[] buf = new byte[scalarBytes + 16];
        while (true) {
            random.nextBytes(buf);
            BigInteger k = new BigInteger(1, buf).mod(order);
            if (k.signum() != 0) {
                return k;
            }
        }
    }

    /**
     * @param point a point other than the identity
     * @return its 33-byte compressed encoding
     * @throws InvalidArgumentException if the point is the identity
     */
    public byte[] encodePoint(ECPoint point) {
        if (point.isInfinity()) {
            throw new InvalidArgumentException("point", "encoding", "the identity has no encoding");
        }
        return point.getEncoded(true);
    }

    /**
     * Decodes and validates a compressed point.
     *
     * @param encoded the 33-byte encoding
     * @param field what the point is, for the error message
     * @return the point (normalised)
     * @throws InvalidArgumentException if the bytes are not a compressed encoding of a curve point other than the
     *         identity
     */
    public ECPoint decodePoint(byte[] encoded, String field) {
        Objects.requireNonNull(encoded, field);
        if (encoded.length != pointBytes) {
            throw new InvalidArgumentException("point", field,
                    "must be a " + pointBytes + "-byte compressed point, was " + encoded.length + " bytes");
        }
        if (encoded[0] != 2 && encoded[0] != 3) {
            throw new InvalidArgumentException("point", field, String.format(
                    "must start with 02 or 03 (compressed, not the identity), was %02x", encoded[0] & 0xff));
        }
        ECPoint p;
        try {
            p = curve.decodePoint(encoded);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new InvalidArgumentException("point", field, "is not on the curve " + name);
        }
        if (p.isInfinity() || !p.isValid()) {
            throw new InvalidArgumentException("point", field, "is not a valid point of " + name);
        }
        return p.normalize();
    }

    /**
     * @param scalar a scalar in [0, n)
     * @return its fixed-length big-endian encoding
     */
    public byte[] encodeScalar(BigInteger scalar) {
        if (scalar.signum() < 0 || scalar.compareTo(order) >= 0) {
            throw new InvalidArgumentException("scalar", "value", "must be in [0, n)");
        }
        byte[] raw = scalar.toByteArray();
        byte[] out = new byte[scalarBytes];
        int copy = Math.min(raw.length, scalarBytes);
        System.arraycopy(raw, raw.length - copy, out, scalarBytes - copy, copy);
        return out;
    }

    /**
     * @param encoded a fixed-length big-endian scalar
     * @param field what the scalar is, for the error message
     * @return the scalar
     * @throws InvalidArgumentException if the length is wrong or the value is not below n
     */
    public BigInteger decodeScalar(byte[] encoded, String field) {
        if (encoded.length != scalarBytes) {
            throw new InvalidArgumentException("scalar", field,
                    "must be " + scalarBytes + " bytes, was " + encoded.length);
        }
        BigInteger k = new BigInteger(1, encoded);
        if (k.compareTo(order) >= 0) {
            throw new InvalidArgumentException("scalar", field, "is not below the group order");
        }
        return k;
    }

    /** @return a stable description of the group bound into transcripts: name and encoded generator */
    public byte[] transcriptId() {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        byte[] g = encodePoint(generator);
        byte[] out = Arrays.copyOf(n, n.length + g.length);
        System.arraycopy(g, 0, out, n.length, g.length);
        return out;
    }

    @Override
    public String toString() {
        return name;
    }
}
