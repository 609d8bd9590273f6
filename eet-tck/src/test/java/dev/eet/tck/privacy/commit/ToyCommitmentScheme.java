package dev.eet.tck.privacy.commit;

import dev.eet.api.privacy.CommitmentScheme;
import dev.eet.api.value.Bytes;
import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * Test double: Pedersen commitments in the multiplicative group of integers modulo a safe prime, C = g^v h^r
 * (h = g^secret, so binding only holds against callers who do not know the secret; fine for checking the kit).
 * With {@code flaw} set it misbehaves in one documented way.
 */
final class ToyCommitmentScheme implements CommitmentScheme {
    enum Flaw { NONE, IGNORES_BLINDING, ACCEPTS_ANY_OPENING, WRONG_SUM }

    private static final SecureRandom RND = new SecureRandom();
    static final BigInteger Q;
    static final BigInteger P;

    static {
        BigInteger q;
        do {
            q = BigInteger.probablePrime(160, RND);
        } while (!q.shiftLeft(1).add(BigInteger.ONE).isProbablePrime(40));
        Q = q;
        P = q.shiftLeft(1).add(BigInteger.ONE);
    }

    private static final BigInteger G = BigInteger.valueOf(4); // a square: generates the order-q subgroup
    private static final BigInteger H = G.modPow(new BigInteger(150, RND).add(BigInteger.TWO), P);

    private final Flaw flaw;

    ToyCommitmentScheme(Flaw flaw) {
        this.flaw = flaw;
    }

    @Override
    public String name() {
        return "toy-" + flaw.name().toLowerCase();
    }

    @Override
    public Bytes commit(BigInteger value, BigInteger blinding) {
        BigInteger r = flaw == Flaw.IGNORES_BLINDING ? BigInteger.ONE : blinding;
        return Bytes.of(G.modPow(value.mod(Q), P).multiply(H.modPow(r.mod(Q), P)).mod(P).toByteArray());
    }

    @Override
    public boolean verifyOpening(Bytes commitment, BigInteger value, BigInteger blinding) {
        if (flaw == Flaw.ACCEPTS_ANY_OPENING) {
            return true;
        }
        return commitment.length() > 0 && commit(value, blinding).equals(commitment);
    }

    @Override
    public BigInteger randomBlinding() {
        return new BigInteger(159, RND);
    }

    @Override
    public boolean homomorphic() {
        return true;
    }

    private static BigInteger v(Bytes b) {
        return new BigInteger(b.toArray());
    }

    @Override
    public Bytes add(Bytes a, Bytes b) {
        BigInteger s = v(a).multiply(v(b)).mod(P);
        if (flaw == Flaw.WRONG_SUM) {
            s = s.multiply(G).mod(P);
        }
        return Bytes.of(s.toByteArray());
    }

    @Override
    public Bytes subtract(Bytes a, Bytes b) {
        return Bytes.of(v(a).multiply(v(b).modInverse(P)).mod(P).toByteArray());
    }

    @Override
    public Bytes multiply(Bytes a, BigInteger k) {
        return Bytes.of(v(a).modPow(k.mod(Q), P).toByteArray());
    }

    @Override
    public BigInteger normalizeBlinding(BigInteger blinding) {
        return blinding.mod(Q);
    }
}
