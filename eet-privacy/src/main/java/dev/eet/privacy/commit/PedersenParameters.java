package dev.eet.privacy.commit;

import dev.eet.api.InvalidArgumentException;
import dev.eet.privacy.ec.PrimeOrderGroup;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.WNafUtil;

/**
 * Public parameters of Pedersen commitments {@code C = v*G + r*H}: the group, the value base G (the group's
 * standard generator) and the blinding base H, plus the vector generators Bulletproofs need. Every generator
 * other than G is derived by RFC 9380 {@code hash_to_curve} from a fixed, documented message under the domain
 * separation tag {@link #DST}, so nobody knows a discrete logarithm between any two of them:
 *
 * <ul>
 *   <li>H = hash_to_curve("EET Pedersen H", DST)</li>
 *   <li>G_i = hash_to_curve("EET Bulletproofs G " + i, DST), H_i = hash_to_curve("EET Bulletproofs H " + i, DST)
 *       for i = 0, 1, ... (decimal i, ASCII)</li>
 * </ul>
 *
 * Anyone can recompute them; {@code PedersenParametersTest} pins H's encoding.
 */
public final class PedersenParameters {

    /** The RFC 9380 domain separation tag for EET's generators. */
    public static final String DST = "EET-V01-CS01-with-P256_XMD:SHA-256_SSWU_RO_";

    /** The largest number of vector generators of each kind (64-bit ranges, up to 16 aggregated values). */
    public static final int MAX_VECTOR_GENERATORS = 64 * 16;

    private static final int WNAF_WIDTH = 8;

    private static final PedersenParameters P256 = new PedersenParameters(PrimeOrderGroup.P256);

    private final PrimeOrderGroup group;
    private final ECPoint g;
    private final ECPoint h;
    private final List<ECPoint> vectorG = new ArrayList<>();
    private final List<ECPoint> vectorH = new ArrayList<>();

    private PedersenParameters(PrimeOrderGroup group) {
        this.group = group;
        this.g = group.generator();
        this.h = widen(group.hashToCurve("EET Pedersen H".getBytes(StandardCharsets.US_ASCII), DST));
        widen(g);
    }

    /** @return the parameters on P-256 (shared instance; generators are cached) */
    public static PedersenParameters p256() {
        return P256;
    }

    /** @return the group */
    public PrimeOrderGroup group() {
        return group;
    }

    /** @return the value base G */
    public ECPoint g() {
        return g;
    }

    /** @return the blinding base H */
    public ECPoint h() {
        return h;
    }

    /**
     * @param count how many vector generators are needed
     * @return G_0..G_{count-1}
     */
    public synchronized List<ECPoint> vectorG(int count) {
        extend(count);
        return List.copyOf(vectorG.subList(0, count));
    }

    /**
     * @param count how many vector generators are needed
     * @return H_0..H_{count-1}
     */
    public synchronized List<ECPoint> vectorH(int count) {
        extend(count);
        return List.copyOf(vectorH.subList(0, count));
    }

    private void extend(int count) {
        if (count < 0 || count > MAX_VECTOR_GENERATORS) {
            throw new InvalidArgumentException("pedersen parameters", "generators",
                    "must be in [0, " + MAX_VECTOR_GENERATORS + "], was " + count);
        }
        for (int i = vectorG.size(); i < count; i++) {
            vectorG.add(widen(group.hashToCurve(("EET Bulletproofs G " + i).getBytes(StandardCharsets.US_ASCII),
                    DST)));
            vectorH.add(widen(group.hashToCurve(("EET Bulletproofs H " + i).getBytes(StandardCharsets.US_ASCII),
                    DST)));
        }
    }

    /**
     * Caches a width-8 wNAF table on a fixed generator (64 odd multiples and their negations, about 13 KB), so the
     * multi-scalar multiplications of provers and verifiers need about 28 instead of 43 additions per generator.
     */
    private static ECPoint widen(ECPoint generator) {
        WNafUtil.precompute(generator, WNAF_WIDTH, true);
        return generator;
    }

    /**
     * Commits with the fixed-base comb multiplier (secret value and blinding).
     *
     * @param value the value (any integer; reduced modulo n)
     * @param blinding the blinding (reduced modulo n)
     * @return v*G + r*H
     */
    public PedersenCommitment commit(BigInteger value, BigInteger blinding) {
        ECPoint c = group.multiplyFixed(g, value).add(group.multiplyFixed(h, blinding)).normalize();
        return new PedersenCommitment(this, c);
    }

    /**
     * @param point a point
     * @return the commitment whose point it is
     */
    public PedersenCommitment wrap(ECPoint point) {
        return new PedersenCommitment(this, point.normalize());
    }

    /**
     * @param encoded a 33-byte compressed point
     * @param field the field name for errors
     * @return the decoded commitment (on the curve, not the identity)
     */
    public PedersenCommitment decode(byte[] encoded, String field) {
        return new PedersenCommitment(this, group.decodePoint(encoded, field));
    }

    /** @return the encoding of G then H, bound into every transcript */
    public byte[] transcriptId() {
        byte[] gb = group.encodePoint(g);
        byte[] hb = group.encodePoint(h);
        byte[] out = new byte[gb.length + hb.length];
        System.arraycopy(gb, 0, out, 0, gb.length);
        System.arraycopy(hb, 0, out, gb.length, hb.length);
        return out;
    }
}
