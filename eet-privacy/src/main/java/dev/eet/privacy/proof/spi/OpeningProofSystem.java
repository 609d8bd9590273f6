package dev.eet.privacy.proof.spi;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.privacy.ProofSystem;
import dev.eet.api.value.Bytes;
import dev.eet.privacy.commit.PedersenCommitment;
import dev.eet.privacy.commit.PedersenParameters;
import dev.eet.privacy.ec.ByteReader;
import dev.eet.privacy.proof.LinearRelation;
import dev.eet.privacy.proof.PedersenRelations;
import dev.eet.privacy.proof.SigmaProof;
import dev.eet.privacy.proof.Transcript;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;

/**
 * {@link ProofSystem} {@code "pedersen-opening-p256"}: knowledge of the opening (v, r) of a Pedersen commitment
 * C = v*G + r*H (ownership of an anonymous record).
 *
 * <ul>
 *   <li>statement: the 33-byte compressed commitment</li>
 *   <li>witness: v mod n (32 bytes) || r (32 bytes)</li>
 *   <li>proof: {@link SigmaProof} encoding (count-prefixed T, count-prefixed s)</li>
 * </ul>
 */
public final class OpeningProofSystem implements ProofSystem {
    /** The proof system's name (also its Fiat-Shamir domain tag). */
    public static final String NAME = "pedersen-opening-p256";

    private final PedersenParameters params;
    private final SecureRandom random;

    /**
     * @param params the generators
     * @param random prover randomness
     */
    public OpeningProofSystem(PedersenParameters params, SecureRandom random) {
        this.params = params;
        this.random = random;
    }

    @Override
    public String name() {
        return NAME;
    }

    private PedersenCommitment statement(Bytes statement) {
        return params.decode(statement.toArray(), "statement");
    }

    @Override
    public Bytes prove(Bytes statement, Bytes witness, Bytes context) {
        PedersenCommitment c = statement(statement);
        ByteReader r = new ByteReader(params.group(), witness.toArray(), NAME + " witness");
        BigInteger v = r.scalar("value");
        BigInteger b = r.scalar("blinding");
        r.end();
        LinearRelation rel = PedersenRelations.opening(params, c);
        SigmaProof p = SigmaProof.prove(params.group(), rel, List.of(v, b),
                new Transcript(NAME, params, context.toArray()), random);
        return Bytes.of(p.toBytes(params.group()));
    }

    @Override
    public boolean verify(Bytes statement, Bytes proof, Bytes context) {
        try {
            PedersenCommitment c = statement(statement);
            SigmaProof p = SigmaProof.fromBytes(params.group(), proof.toArray());
            return p.verify(params.group(), PedersenRelations.opening(params, c),
                    new Transcript(NAME, params, context.toArray()));
        } catch (InvalidArgumentException e) {
            return false;
        }
    }
}
