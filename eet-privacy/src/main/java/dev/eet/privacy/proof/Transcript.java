package dev.eet.privacy.proof;

import dev.eet.privacy.commit.PedersenParameters;
import dev.eet.privacy.ec.PrimeOrderGroup;
import dev.eet.privacy.ec.Sha;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Fiat-Shamir transcript (strong Fiat-Shamir): a running SHA-512 over length-prefixed, labelled messages. Every
 * transcript starts with a protocol version tag, the proof's domain tag, the group (name and generator), the
 * Pedersen generators G and H, and the caller's context (for example the id of the record the proof belongs to).
 * Proof code then appends every public input of the statement and every prover message before drawing a
 * challenge, so a proof verifies only under exactly the statement and context it was made for.
 *
 * <p>A challenge is SHA-512(state so far || label) reduced modulo n; the challenge bytes are then appended, so
 * later challenges depend on earlier ones.
 */
public final class Transcript {
    private static final byte[] VERSION = "EET-FIAT-SHAMIR-V1".getBytes(StandardCharsets.US_ASCII);

    private final PrimeOrderGroup group;
    private final MessageDigest state = Sha.digest("SHA-512");

    /**
     * @param domainTag the proof kind, e.g. {@code "eet/range/bulletproofs"}
     * @param parameters the generators (bound into the transcript)
     * @param context the context the proof is bound to (may be empty)
     */
    public Transcript(String domainTag, PedersenParameters parameters, byte[] context) {
        this.group = parameters.group();
        raw("version", VERSION);
        raw("domain", domainTag.getBytes(StandardCharsets.UTF_8));
        raw("group", group.transcriptId());
        raw("generators", parameters.transcriptId());
        raw("context", context);
    }

    private void raw(String label, byte[] data) {
        byte[] l = label.getBytes(StandardCharsets.UTF_8);
        lengthPrefixed(l);
        lengthPrefixed(data);
    }

    private void lengthPrefixed(byte[] data) {
        int n = data.length;
        state.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        state.update(data);
    }

    /**
     * @param label what the message is
     * @param data the message
     * @return this transcript
     */
    public Transcript append(String label, byte[] data) {
        raw(label, data);
        return this;
    }

    /**
     * @param label what the value is
     * @param value a non-negative 64-bit value
     * @return this transcript
     */
    public Transcript appendLong(String label, long value) {
        return append(label, BigInteger.valueOf(value).toByteArray());
    }

    /**
     * Appends a point; the identity (possible for derived statement points) is appended as the single byte 0.
     *
     * @param label what the point is
     * @param point the point
     * @return this transcript
     */
    public Transcript appendPoint(String label, ECPoint point) {
        return append(label, point.isInfinity() ? new byte[] {0} : group.encodePoint(point));
    }

    /**
     * @param label what the scalar is
     * @param scalar a scalar in [0, n)
     * @return this transcript
     */
    public Transcript appendScalar(String label, BigInteger scalar) {
        return append(label, group.encodeScalar(scalar));
    }

    /**
     * Draws a non-zero challenge scalar and appends it.
     *
     * @param label what the challenge is for
     * @return the challenge in [1, n)
     */
    public BigInteger challenge(String label) {
        for (int counter = 0;; counter++) {
            MessageDigest fork;
            try {
                fork = (MessageDigest) state.clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("SHA-512 digest cannot be cloned", e);
            }
            fork.update(("challenge:" + label + ":" + counter).getBytes(StandardCharsets.UTF_8));
            BigInteger c = new BigInteger(1, fork.digest()).mod(group.order());
            if (c.signum() != 0) {
                appendScalar("challenge:" + label, c);
                return c;
            }
        }
    }
}
