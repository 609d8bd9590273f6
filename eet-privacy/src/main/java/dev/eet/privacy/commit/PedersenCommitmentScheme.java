package dev.eet.privacy.commit;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.privacy.CommitmentScheme;
import dev.eet.api.value.Bytes;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * {@link CommitmentScheme} {@code "pedersen-p256"}: C = v*G + r*H on P-256 ({@link PedersenParameters}). Values
 * are signed integers with |v| < n/2 (so an opening is unique: v and v + n are not both accepted); blindings are
 * in [1, n). Commitments are 33-byte compressed points; decoding rejects points off the curve and the identity.
 * Perfectly hiding, computationally binding (discrete logarithm), additively homomorphic.
 */
public final class PedersenCommitmentScheme implements CommitmentScheme {
    /** The scheme's name. */
    public static final String NAME = "pedersen-p256";

    private final PedersenParameters parameters;
    private final SecureRandom random;
    private final BigInteger halfOrder;

    /**
     * @param parameters the generators
     * @param random the source of blindings (reused)
     */
    public PedersenCommitmentScheme(PedersenParameters parameters, SecureRandom random) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.random = Objects.requireNonNull(random, "random");
        this.halfOrder = parameters.group().order().shiftRight(1);
    }

    /** @return a scheme on P-256 with a fresh {@link SecureRandom} */
    public static PedersenCommitmentScheme p256() {
        return new PedersenCommitmentScheme(PedersenParameters.p256(), new SecureRandom());
    }

    /** @return the generators */
    public PedersenParameters parameters() {
        return parameters;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Bytes commit(BigInteger value, BigInteger blinding) {
        checkValue(value);
        checkBlinding(blinding);
        return parameters.commit(value, blinding).toBytes();
    }

    @Override
    public boolean verifyOpening(Bytes commitment, BigInteger value, BigInteger blinding) {
        if (commitment == null || value == null || blinding == null || value.abs().compareTo(halfOrder) > 0
                || blinding.signum() <= 0 || blinding.compareTo(parameters.group().order()) >= 0) {
            return false;
        }
        try {
            PedersenCommitment c = parameters.decode(commitment.toArray(), "commitment");
            return c.equals(parameters.commit(value, blinding));
        } catch (InvalidArgumentException e) {
            return false;
        }
    }

    @Override
    public BigInteger randomBlinding() {
        return parameters.group().randomScalar(random);
    }

    @Override
    public boolean homomorphic() {
        return true;
    }

    @Override
    public Bytes add(Bytes a, Bytes b) {
        return decode(a, "a").add(decode(b, "b")).toBytes();
    }

    @Override
    public Bytes subtract(Bytes a, Bytes b) {
        return decode(a, "a").subtract(decode(b, "b")).toBytes();
    }

    @Override
    public Bytes multiply(Bytes a, BigInteger k) {
        return decode(a, "a").multiply(k).toBytes();
    }

    @Override
    public BigInteger normalizeBlinding(BigInteger blinding) {
        return blinding.mod(parameters.group().order());
    }

    private PedersenCommitment decode(Bytes b, String field) {
        return parameters.decode(b.toArray(), field);
    }

    private void checkValue(BigInteger value) {
        Objects.requireNonNull(value, "value");
        if (value.abs().compareTo(halfOrder) > 0) {
            throw new InvalidArgumentException(NAME, "value", "must satisfy |v| < n/2");
        }
    }

    private void checkBlinding(BigInteger blinding) {
        Objects.requireNonNull(blinding, "blinding");
        if (blinding.signum() <= 0 || blinding.compareTo(parameters.group().order()) >= 0) {
            throw new InvalidArgumentException(NAME, "blinding", "must be in [1, n)");
        }
    }
}
