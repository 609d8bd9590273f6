package dev.eet.api.privacy;

import dev.eet.api.value.Bytes;
import java.math.BigInteger;

/**
 * A hiding and binding commitment scheme over integers (values are committed in the fixed-point units of
 * {@link dev.eet.api.value.FixedPoint}).
 */
public interface CommitmentScheme {

    /** @return the scheme's stable name, e.g. {@code "pedersen-secp256k1"} */
    String name();

    /**
     * @param value the committed value
     * @param blinding the blinding factor (secret, uniformly random)
     * @return the encoded commitment
     */
    Bytes commit(BigInteger value, BigInteger blinding);

    /**
     * @param commitment an encoded commitment
     * @param value the claimed value
     * @param blinding the claimed blinding factor
     * @return whether the opening is correct
     */
    boolean verifyOpening(Bytes commitment, BigInteger value, BigInteger blinding);

    /** @return a fresh uniformly random blinding factor from a {@link java.security.SecureRandom} */
    BigInteger randomBlinding();
}
