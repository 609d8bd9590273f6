package dev.eet.privacy.commit;

import dev.eet.api.value.Bytes;
import java.math.BigInteger;
import java.util.Objects;
import org.bouncycastle.math.ec.ECPoint;

/**
 * A Pedersen commitment C = v*G + r*H (a group element) with its homomorphic operations. The identity is a valid
 * intermediate result (e.g. the difference of two equal commitments) but has no byte encoding.
 */
public final class PedersenCommitment {
    private final PedersenParameters parameters;
    private final ECPoint point;

    PedersenCommitment(PedersenParameters parameters, ECPoint point) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.point = Objects.requireNonNull(point, "point");
    }

    /** @return the group element */
    public ECPoint point() {
        return point;
    }

    /**
     * @param other a commitment to (y, s)
     * @return a commitment to (x + y, r + s)
     */
    public PedersenCommitment add(PedersenCommitment other) {
        return parameters.wrap(point.add(other.point));
    }

    /**
     * @param other a commitment to (y, s)
     * @return a commitment to (x - y, r - s)
     */
    public PedersenCommitment subtract(PedersenCommitment other) {
        return parameters.wrap(point.subtract(other.point));
    }

    /**
     * @param k a public constant (may be negative)
     * @return a commitment to (k*x, k*r)
     */
    public PedersenCommitment multiply(BigInteger k) {
        return parameters.wrap(parameters.group().multiply(point, k));
    }

    /**
     * @param value a public value
     * @return a commitment to (x + value, r): adds value*G
     */
    public PedersenCommitment addValue(BigInteger value) {
        return parameters.wrap(point.add(parameters.group().multiply(parameters.g(), value)));
    }

    /** @return whether this is the identity (a commitment to (0, 0) modulo n) */
    public boolean isIdentity() {
        return point.isInfinity();
    }

    /** @return the 33-byte compressed encoding (the identity has none) */
    public Bytes toBytes() {
        return Bytes.of(parameters.group().encodePoint(point));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PedersenCommitment c && point.equals(c.point);
    }

    @Override
    public int hashCode() {
        return point.isInfinity() ? 0 : toBytes().hashCode();
    }

    @Override
    public String toString() {
        return point.isInfinity() ? "Pedersen[identity]" : "Pedersen[" + toBytes().toHex() + "]";
    }
}
