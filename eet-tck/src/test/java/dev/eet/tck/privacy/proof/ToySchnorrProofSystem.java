package dev.eet.tck.privacy.proof;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.privacy.ProofSystem;
import dev.eet.api.value.Bytes;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Test double: Schnorr proof of knowledge of w with y = g^w modulo a safe prime. Statement = y (big-endian),
 * witness = w, proof = t || s (fixed length). With {@code flaw} set it misbehaves in one documented way.
 */
final class ToySchnorrProofSystem implements ProofSystem {
    enum Flaw { NONE, WEAK_FIAT_SHAMIR, VERIFIER_ACCEPTS_ALL }

    static final BigInteger Q;
    static final BigInteger P;
    static final BigInteger G = BigInteger.valueOf(4);
    private static final int LEN = 32;
    private static final SecureRandom RND = new SecureRandom();

    static {
        BigInteger q;
        do {
            q = BigInteger.probablePrime(160, RND);
        } while (!q.shiftLeft(1).add(BigInteger.ONE).isProbablePrime(40));
        Q = q;
        P = q.shiftLeft(1).add(BigInteger.ONE);
    }

    private final Flaw flaw;

    ToySchnorrProofSystem(Flaw flaw) {
        this.flaw = flaw;
    }

    static Bytes statement(BigInteger w) {
        return Bytes.of(fixed(G.modPow(w, P)));
    }

    static byte[] fixed(BigInteger v) {
        byte[] raw = v.toByteArray();
        byte[] out = new byte[LEN];
        int copy = Math.min(raw.length, LEN);
        System.arraycopy(raw, raw.length - copy, out, LEN - copy, copy);
        return out;
    }

    @Override
    public String name() {
        return "toy-schnorr";
    }

    private BigInteger challenge(Bytes statement, BigInteger t, Bytes context) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            if (flaw != Flaw.WEAK_FIAT_SHAMIR) {
                d.update(ByteBuffer.allocate(4).putInt(context.length()).array());
                d.update(context.toArray());
                d.update(statement.toArray());
            }
            d.update(fixed(t));
            return new BigInteger(1, d.digest()).mod(Q);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Bytes prove(Bytes statement, Bytes witness, Bytes context) {
        BigInteger w = new BigInteger(1, witness.toArray());
        if (!statement(w).equals(statement)) {
            throw new InvalidArgumentException("toy-schnorr", "witness", "does not satisfy the statement");
        }
        BigInteger k = new BigInteger(200, RND).mod(Q);
        BigInteger t = G.modPow(k, P);
        BigInteger s = k.add(challenge(statement, t, context).multiply(w)).mod(Q);
        byte[] out = new byte[2 * LEN];
        System.arraycopy(fixed(t), 0, out, 0, LEN);
        System.arraycopy(fixed(s), 0, out, LEN, LEN);
        return Bytes.of(out);
    }

    @Override
    public boolean verify(Bytes statement, Bytes proof, Bytes context) {
        if (flaw == Flaw.VERIFIER_ACCEPTS_ALL) {
            return true;
        }
        if (proof.length() != 2 * LEN || statement.length() != LEN) {
            return false;
        }
        byte[] p = proof.toArray();
        BigInteger t = new BigInteger(1, java.util.Arrays.copyOfRange(p, 0, LEN));
        BigInteger s = new BigInteger(1, java.util.Arrays.copyOfRange(p, LEN, 2 * LEN));
        BigInteger y = new BigInteger(1, statement.toArray());
        if (t.signum() == 0 || t.compareTo(P) >= 0 || s.compareTo(Q) >= 0 || y.signum() == 0 || y.compareTo(P) >= 0) {
            return false;
        }
        BigInteger c = challenge(statement, t, context);
        return G.modPow(s, P).equals(t.multiply(y.modPow(c, P)).mod(P));
    }
}
