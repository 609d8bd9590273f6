package dev.eet.privacy.proof;

import dev.eet.privacy.commit.PedersenCommitment;
import dev.eet.privacy.commit.PedersenParameters;
import java.math.BigInteger;
import java.util.List;

/**
 * The {@link LinearRelation}s of the private trading workflow over Pedersen commitments, with the witness layout
 * each expects.
 */
public final class PedersenRelations {
    private PedersenRelations() {
    }

    /**
     * Knowledge of an opening: C = v*G + r*H. Witness {@code [v, r]}.
     *
     * @param p the generators
     * @param c the commitment
     * @return the relation
     */
    public static LinearRelation opening(PedersenParameters p, PedersenCommitment c) {
        return LinearRelation.builder("opening", 2).equation(c.point(), p.g(), p.h()).build();
    }

    /**
     * Knowledge of several openings at once. Witness {@code [v_0, r_0, v_1, r_1, ...]}.
     *
     * @param p the generators
     * @param cs the commitments
     * @return the relation
     */
    public static LinearRelation openings(PedersenParameters p, List<PedersenCommitment> cs) {
        LinearRelation.Builder b = LinearRelation.builder("openings", 2 * cs.size());
        for (int i = 0; i < cs.size(); i++) {
            org.bouncycastle.math.ec.ECPoint[] row = new org.bouncycastle.math.ec.ECPoint[2 * cs.size()];
            row[2 * i] = p.g();
            row[2 * i + 1] = p.h();
            b.equation(cs.get(i).point(), row);
        }
        return b.build();
    }

    /**
     * A commitment to zero: D = t*H (so D opens to value 0). Linear relations between commitments reduce to
     * this: b' = b - v*k for public k holds iff {@code C_b' - C_b + k*C_v} commits to zero, with
     * {@code t = r_b' - r_b + k*r_v}. Witness {@code [t]}.
     *
     * @param p the generators
     * @param label the relation's name (e.g. {@code "balance-update"})
     * @param d the combined commitment
     * @return the relation
     */
    public static LinearRelation zero(PedersenParameters p, String label, PedersenCommitment d) {
        return LinearRelation.builder(label, 1).equation(d.point(), p.h()).build();
    }

    /**
     * Product of committed values: C_x = x*G + r_x*H and C_z = x*C_y + r'*H, which proves z = x*y for
     * C_z = z*G + r_z*H, C_y = y*G + r_y*H with r' = r_z - x*r_y. Witness {@code [x, r_x, r']}.
     *
     * @param p the generators
     * @param cx commitment to x
     * @param cy commitment to y
     * @param cz commitment to z = x*y
     * @return the relation
     */
    public static LinearRelation product(PedersenParameters p, PedersenCommitment cx, PedersenCommitment cy,
            PedersenCommitment cz) {
        return LinearRelation.builder("product", 3)
                .equation(cx.point(), p.g(), p.h(), null)
                .equation(cz.point(), cy.point(), null, p.h())
                .build();
    }

    /**
     * The witness of {@link #product}.
     *
     * @param p the generators
     * @param x the first factor
     * @param rx its blinding
     * @param ry the second factor's blinding
     * @param rz the product's blinding
     * @return {@code [x, r_x, r_z - x*r_y mod n]}
     */
    public static List<BigInteger> productWitness(PedersenParameters p, BigInteger x, BigInteger rx,
            BigInteger ry, BigInteger rz) {
        BigInteger n = p.group().order();
        return List.of(x.mod(n), rx.mod(n), rz.subtract(x.multiply(ry)).mod(n));
    }
}
