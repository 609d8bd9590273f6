package dev.eet.privacy.proof.spi;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.privacy.ProofSystem;
import dev.eet.api.value.Bytes;
import dev.eet.privacy.commit.PedersenCommitment;
import dev.eet.privacy.commit.PedersenParameters;
import dev.eet.privacy.ec.ByteReader;
import dev.eet.privacy.ec.ByteWriter;
import dev.eet.privacy.proof.BulletproofRangeProof;
import dev.eet.privacy.proof.Transcript;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.math.ec.ECPoint;

/**
 * {@link ProofSystem} {@code "bulletproofs-range-p256"}: aggregated Bulletproofs range proof that every commitment
 * hides a value in [0, 2^bits).
 *
 * <ul>
 *   <li>statement: bits (1 byte: 8, 16, 32 or 64) || count (4 bytes, a power of two up to 16) || that many
 *       33-byte compressed commitments</li>
 *   <li>witness: count (4 bytes) || per value: length-prefixed two's-complement value, 32-byte blinding</li>
 *   <li>proof: the {@link BulletproofRangeProof} encoding</li>
 * </ul>
 */
public final class RangeProofSystem implements ProofSystem {
    /** The proof system's name (also its Fiat-Shamir domain tag). */
    public static final String NAME = "bulletproofs-range-p256";

    private final PedersenParameters params;
    private final BulletproofRangeProof bulletproofs;

    /**
     * @param params the generators
     * @param random prover randomness
     */
    public RangeProofSystem(PedersenParameters params, SecureRandom random) {
        this.params = params;
        this.bulletproofs = new BulletproofRangeProof(params, random);
    }

    /**
     * @param params the generators
     * @param bits the bit length
     * @param commitments the commitments
     * @return the encoded statement
     */
    public static Bytes statement(PedersenParameters params, int bits, List<PedersenCommitment> commitments) {
        ByteWriter w = new ByteWriter(params.group()).u8(bits).u32(commitments.size());
        commitments.forEach(c -> w.point(c.point()));
        return Bytes.of(w.toByteArray());
    }

    /**
     * @param params the generators
     * @param values the values
     * @param blindings their blindings
     * @return the encoded witness
     */
    public static Bytes witness(PedersenParameters params, List<BigInteger> values, List<BigInteger> blindings) {
        ByteWriter w = new ByteWriter(params.group()).u32(values.size());
        for (int i = 0; i < values.size(); i++) {
            w.integer(values.get(i)).scalar(blindings.get(i));
        }
        return Bytes.of(w.toByteArray());
    }

    @Override
    public String name() {
        return NAME;
    }

    private record Statement(int bits, List<PedersenCommitment> commitments) {
    }

    private Statement decode(Bytes statement) {
        ByteReader r = new ByteReader(params.group(), statement.toArray(), NAME + " statement");
        int bits = r.u8("bits");
        List<ECPoint> points = r.points("commitments", 16);
        r.end();
        List<PedersenCommitment> cs = new ArrayList<>();
        points.forEach(p -> cs.add(params.wrap(p)));
        return new Statement(bits, cs);
    }

    @Override
    public Bytes prove(Bytes statement, Bytes witness, Bytes context) {
        Statement s = decode(statement);
        ByteReader r = new ByteReader(params.group(), witness.toArray(), NAME + " witness");
        int m = r.count("count", 16);
        List<BigInteger> values = new ArrayList<>();
        List<BigInteger> blindings = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            values.add(r.integer("value[" + i + "]"));
            blindings.add(r.scalar("blinding[" + i + "]"));
        }
        r.end();
        if (m != s.commitments().size()) {
            throw new InvalidArgumentException(NAME, "witness", "has " + m + " values for "
                    + s.commitments().size() + " commitments");
        }
        for (int i = 0; i < m; i++) {
            if (!params.commit(values.get(i), blindings.get(i)).equals(s.commitments().get(i))) {
                throw new InvalidArgumentException(NAME, "witness[" + i + "]", "does not open commitment " + i);
            }
        }
        return Bytes.of(bulletproofs.prove(s.bits(), values, blindings,
                new Transcript(NAME, params, context.toArray())));
    }

    @Override
    public boolean verify(Bytes statement, Bytes proof, Bytes context) {
        try {
            Statement s = decode(statement);
            return bulletproofs.verify(s.bits(), s.commitments(), proof.toArray(),
                    new Transcript(NAME, params, context.toArray()));
        } catch (InvalidArgumentException e) {
            return false;
        }
    }
}
