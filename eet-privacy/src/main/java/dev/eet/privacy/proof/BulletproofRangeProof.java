package dev.eet.privacy.proof;

import dev.eet.api.InvalidArgumentException;
import dev.eet.privacy.commit.PedersenCommitment;
import dev.eet.privacy.commit.PedersenParameters;
import dev.eet.privacy.ec.ByteReader;
import dev.eet.privacy.ec.ByteWriter;
import dev.eet.privacy.ec.PrimeOrderGroup;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Aggregated Bulletproofs range proof (Bunz et al., "Bulletproofs: Short Proofs for Confidential Transactions and
 * More", IEEE S&amp;P 2018, sections 4.1-4.3) with the logarithmic inner-product argument (section 3). Proves that m
 * commitments (m a power of two, at most 16) hide values in [0, 2^n) for n in {8, 16, 32, 64}; the proof has
 * 2*log2(n*m) + 4 points and 5 scalars (for one 64-bit value: 16 points, 5 scalars, 693 bytes).
 *
 * <p>Transcript order: "bulletproofs/range" label, n, m, V_0..V_{m-1}, A, S, challenges y and z, T1, T2, challenge
 * x, t-hat, tau_x, mu, challenge w (Q = w*G), then per round L, R and challenge u; the verifier's batching weight
 * is drawn from the same transcript after the whole proof. Verification is one multi-scalar multiplication of
 * 2nm + 2log2(nm) + m + 6 points.
 *
 * <p>Prover side channels: the prover's vector commitments use the variable-time multi-scalar multiplication
 * (they run on the value owner's own machine); scalar-by-generator products use the fixed-base comb.
 */
public final class BulletproofRangeProof implements RangeProof {
    private static final int VERSION = 1;
    private static final int MAX_AGGREGATION = 16;

    private final PedersenParameters params;
    private final PrimeOrderGroup group;
    private final BigInteger n;
    private final SecureRandom random;

    /**
     * @param params the generators
     * @param random prover randomness (reused)
     */
    public BulletproofRangeProof(PedersenParameters params, SecureRandom random) {
        this.params = Objects.requireNonNull(params, "params");
        this.group = params.group();
        this.n = group.order();
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public String name() {
        return "bulletproofs";
    }

    private static void checkShape(int bits, int m) {
        if (bits != 8 && bits != 16 && bits != 32 && bits != 64) {
            throw new InvalidArgumentException("range proof", "bits", "must be 8, 16, 32 or 64, was " + bits);
        }
        if (m < 1 || m > MAX_AGGREGATION || Integer.bitCount(m) != 1) {
            throw new InvalidArgumentException("range proof", "values",
                    "count must be a power of two up to " + MAX_AGGREGATION + ", was " + m);
        }
    }

    private void bindStatement(Transcript t, int bits, List<ECPoint> vs) {
        t.append("proof", "bulletproofs/range".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        t.appendLong("n", bits);
        t.appendLong("m", vs.size());
        vs.forEach(v -> t.appendPoint("V", v));
    }

    @Override
    public byte[] prove(int bits, List<BigInteger> values, List<BigInteger> blindings, Transcript t) {
        int m = values.size();
        checkShape(bits, m);
        if (blindings.size() != m) {
            throw new InvalidArgumentException("range proof", "blindings", "needs one per value");
        }
        BigInteger bound = BigInteger.ONE.shiftLeft(bits);
        List<ECPoint> vs = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            BigInteger v = values.get(j);
            if (v.signum() < 0 || v.compareTo(bound) >= 0) {
                throw new InvalidArgumentException("range proof", "values[" + j + "]",
                        "is outside [0, 2^" + bits + ")");
            }
            vs.add(params.commit(v, blindings.get(j)).point());
        }
        int nm = bits * m;
        List<ECPoint> gv = params.vectorG(nm);
        List<ECPoint> hv = params.vectorH(nm);
        bindStatement(t, bits, vs);

        BigInteger[] aL = new BigInteger[nm];
        BigInteger[] aR = new BigInteger[nm];
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < bits; i++) {
                boolean bit = values.get(j).testBit(i);
                aL[j * bits + i] = bit ? BigInteger.ONE : BigInteger.ZERO;
                aR[j * bits + i] = bit ? BigInteger.ZERO : n.subtract(BigInteger.ONE);
            }
        }
        BigInteger alpha = group.randomScalar(random);
        ECPoint a = group.multiplyFixed(params.h(), alpha).add(vectorCommit(gv, aL, hv, aR)).normalize();
        BigInteger[] sL = new BigInteger[nm];
        BigInteger[] sR = new BigInteger[nm];
        for (int i = 0; i < nm; i++) {
            sL[i] = group.randomScalar(random);
            sR[i] = group.randomScalar(random);
        }
        BigInteger rho = group.randomScalar(random);
        ECPoint s = group.multiplyFixed(params.h(), rho).add(vectorCommit(gv, sL, hv, sR)).normalize();
        t.appendPoint("A", a);
        t.appendPoint("S", s);
        BigInteger y = t.challenge("y");
        BigInteger z = t.challenge("z");

        BigInteger[] yPow = powers(y, nm);
        BigInteger[] zPow = powers(z, m + 3);
        BigInteger[] l0 = new BigInteger[nm];
        BigInteger[] r0 = new BigInteger[nm];
        BigInteger[] r1 = new BigInteger[nm];
        for (int i = 0; i < nm; i++) {
            int j = i / bits;
            l0[i] = aL[i].subtract(z).mod(n);
            BigInteger twoPow = BigInteger.ONE.shiftLeft(i % bits);
            r0[i] = yPow[i].multiply(aR[i].add(z)).add(zPow[2 + j].multiply(twoPow)).mod(n);
            r1[i] = yPow[i].multiply(sR[i]).mod(n);
        }
        BigInteger t1 = inner(l0, r1).add(inner(sL, r0)).mod(n);
        BigInteger t2 = inner(sL, r1);
        BigInteger tau1 = group.randomScalar(random);
        BigInteger tau2 = group.randomScalar(random);
        ECPoint bigT1 = group.multiplyFixed(params.g(), t1).add(group.multiplyFixed(params.h(), tau1)).normalize();
        ECPoint bigT2 = group.multiplyFixed(params.g(), t2).add(group.multiplyFixed(params.h(), tau2)).normalize();
        t.appendPoint("T1", bigT1);
        t.appendPoint("T2", bigT2);
        BigInteger x = t.challenge("x");

        BigInteger[] l = new BigInteger[nm];
        BigInteger[] r = new BigInteger[nm];
        for (int i = 0; i < nm; i++) {
            l[i] = l0[i].add(x.multiply(sL[i])).mod(n);
            r[i] = r0[i].add(x.multiply(r1[i])).mod(n);
        }
        BigInteger tHat = inner(l, r);
        BigInteger tauX = tau2.multiply(x).multiply(x).add(tau1.multiply(x));
        for (int j = 0; j < m; j++) {
            tauX = tauX.add(zPow[2 + j].multiply(blindings.get(j)));
        }
        tauX = tauX.mod(n);
        BigInteger mu = alpha.add(rho.multiply(x)).mod(n);
        t.appendScalar("t", tHat);
        t.appendScalar("taux", tauX);
        t.appendScalar("mu", mu);
        BigInteger w = t.challenge("w");

        // inner-product argument over G_i and H'_i = y^-i H_i, tracking each original generator's coefficient
        BigInteger yInv = y.modInverse(n);
        BigInteger[] gCoef = new BigInteger[nm];
        BigInteger[] hCoef = powers(yInv, nm);
        java.util.Arrays.fill(gCoef, BigInteger.ONE);
        List<ECPoint> ls = new ArrayList<>();
        List<ECPoint> rs = new ArrayList<>();
        BigInteger[] av = l;
        BigInteger[] bv = r;
        int len = nm;
        while (len > 1) {
            int half = len / 2;
            BigInteger cL = inner(java.util.Arrays.copyOfRange(av, 0, half), java.util.Arrays.copyOfRange(bv, half, len));
            BigInteger cR = inner(java.util.Arrays.copyOfRange(av, half, len), java.util.Arrays.copyOfRange(bv, 0, half));
            ECPoint[] pts = new ECPoint[2 * nm + 1];
            BigInteger[] kl = new BigInteger[2 * nm + 1];
            BigInteger[] kr = new BigInteger[2 * nm + 1];
            for (int tIdx = 0; tIdx < nm; tIdx++) {
                int pos = tIdx % len;
                pts[tIdx] = gv.get(tIdx);
                pts[nm + tIdx] = hv.get(tIdx);
                if (pos >= half) {
                    kl[tIdx] = av[pos - half].multiply(gCoef[tIdx]);
                    kr[tIdx] = BigInteger.ZERO;
                    kl[nm + tIdx] = BigInteger.ZERO;
                    kr[nm + tIdx] = bv[pos - half].multiply(hCoef[tIdx]);
                } else {
                    kl[tIdx] = BigInteger.ZERO;
                    kr[tIdx] = av[pos + half].multiply(gCoef[tIdx]);
                    kl[nm + tIdx] = bv[pos + half].multiply(hCoef[tIdx]);
                    kr[nm + tIdx] = BigInteger.ZERO;
                }
            }
            pts[2 * nm] = params.g();
            kl[2 * nm] = cL.multiply(w);
            kr[2 * nm] = cR.multiply(w);
            ECPoint bigL = group.multiScalarMultiply(pts, kl).normalize();
            ECPoint bigR = group.multiScalarMultiply(pts, kr).normalize();
            if (bigL.isInfinity() || bigR.isInfinity()) {
                throw new IllegalStateException("degenerate inner-product round (probability negligible)");
            }
            ls.add(bigL);
            rs.add(bigR);
            t.appendPoint("L", bigL);
            t.appendPoint("R", bigR);
            BigInteger u = t.challenge("u");
            BigInteger uInv = u.modInverse(n);
            BigInteger[] an = new BigInteger[half];
            BigInteger[] bn = new BigInteger[half];
            for (int i = 0; i < half; i++) {
                an[i] = av[i].multiply(u).add(av[i + half].multiply(uInv)).mod(n);
                bn[i] = bv[i].multiply(uInv).add(bv[i + half].multiply(u)).mod(n);
            }
            for (int tIdx = 0; tIdx < nm; tIdx++) {
                boolean hi = tIdx % len >= half;
                gCoef[tIdx] = gCoef[tIdx].multiply(hi ? u : uInv).mod(n);
                hCoef[tIdx] = hCoef[tIdx].multiply(hi ? uInv : u).mod(n);
            }
            av = an;
            bv = bn;
            len = half;
        }
        ByteWriter out = new ByteWriter(group).u8(VERSION).point(a).point(s).point(bigT1).point(bigT2)
                .scalar(tauX).scalar(mu).scalar(tHat).points(ls).points(rs).scalar(av[0]).scalar(bv[0]);
        return out.toByteArray();
    }

    private ECPoint vectorCommit(List<ECPoint> gv, BigInteger[] l, List<ECPoint> hv, BigInteger[] r) {
        int k = gv.size();
        ECPoint[] pts = new ECPoint[2 * k];
        BigInteger[] ks = new BigInteger[2 * k];
        for (int i = 0; i < k; i++) {
            pts[i] = gv.get(i);
            ks[i] = l[i];
            pts[k + i] = hv.get(i);
            ks[k + i] = r[i];
        }
        return group.multiScalarMultiply(pts, ks);
    }

    @Override
    public boolean verify(int bits, List<PedersenCommitment> commitments, byte[] proof, Transcript t) {
        int m = commitments.size();
        try {
            checkShape(bits, m);
        } catch (InvalidArgumentException e) {
            return false;
        }
        int nm = bits * m;
        int rounds = Integer.numberOfTrailingZeros(nm);
        ECPoint a;
        ECPoint s;
        ECPoint bigT1;
        ECPoint bigT2;
        BigInteger tauX;
        BigInteger mu;
        BigInteger tHat;
        List<ECPoint> ls;
        List<ECPoint> rs;
        BigInteger aFinal;
        BigInteger bFinal;
        try {
            ByteReader rd = new ByteReader(group, proof, "range proof");
            if (rd.u8("version") != VERSION) {
                return false;
            }
            a = rd.point("A");
            s = rd.point("S");
            bigT1 = rd.point("T1");
            bigT2 = rd.point("T2");
            tauX = rd.scalar("taux");
            mu = rd.scalar("mu");
            tHat = rd.scalar("t");
            ls = rd.points("L", 32);
            rs = rd.points("R", 32);
            aFinal = rd.scalar("a");
            bFinal = rd.scalar("b");
            rd.end();
        } catch (InvalidArgumentException e) {
            return false;
        }
        if (ls.size() != rounds || rs.size() != rounds) {
            return false;
        }
        List<ECPoint> vs = new ArrayList<>();
        for (PedersenCommitment c : commitments) {
            vs.add(c.point());
        }
        List<ECPoint> gv = params.vectorG(nm);
        List<ECPoint> hv = params.vectorH(nm);
        bindStatement(t, bits, vs);
        t.appendPoint("A", a);
        t.appendPoint("S", s);
        BigInteger y = t.challenge("y");
        BigInteger z = t.challenge("z");
        t.appendPoint("T1", bigT1);
        t.appendPoint("T2", bigT2);
        BigInteger x = t.challenge("x");
        t.appendScalar("t", tHat);
        t.appendScalar("taux", tauX);
        t.appendScalar("mu", mu);
        BigInteger w = t.challenge("w");
        BigInteger[] u = new BigInteger[rounds];
        for (int k = 0; k < rounds; k++) {
            t.appendPoint("L", ls.get(k));
            t.appendPoint("R", rs.get(k));
            u[k] = t.challenge("u");
        }
        BigInteger c = t.challenge("batch");

        BigInteger[] uInv = new BigInteger[rounds];
        for (int k = 0; k < rounds; k++) {
            uInv[k] = u[k].modInverse(n);
        }
        BigInteger[] yPow = powers(y, nm);
        BigInteger[] yInvPow = powers(y.modInverse(n), nm);
        BigInteger[] zPow = powers(z, m + 3);
        BigInteger sumY = BigInteger.ZERO;
        for (BigInteger yp : yPow) {
            sumY = sumY.add(yp);
        }
        BigInteger twoNMinus1 = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        BigInteger delta = z.subtract(z.multiply(z)).multiply(sumY);
        for (int j = 0; j < m; j++) {
            delta = delta.subtract(zPow[3 + j].multiply(twoNMinus1));
        }
        delta = delta.mod(n);

        int size = 2 * nm + 2 * rounds + m + 6;
        ECPoint[] pts = new ECPoint[size];
        BigInteger[] ks = new BigInteger[size];
        int idx = 0;
        for (int i = 0; i < nm; i++) {
            BigInteger si = BigInteger.ONE;
            BigInteger siInv = BigInteger.ONE;
            for (int k = 0; k < rounds; k++) {
                boolean bit = ((i >> (rounds - 1 - k)) & 1) == 1;
                si = si.multiply(bit ? u[k] : uInv[k]).mod(n);
                siInv = siInv.multiply(bit ? uInv[k] : u[k]).mod(n);
            }
            int j = i / bits;
            pts[idx] = gv.get(i);
            ks[idx++] = z.negate().subtract(aFinal.multiply(si));
            BigInteger hk = zPow[2 + j].multiply(BigInteger.ONE.shiftLeft(i % bits))
                    .subtract(bFinal.multiply(siInv)).multiply(yInvPow[i]).add(z);
            pts[idx] = hv.get(i);
            ks[idx++] = hk;
        }
        for (int k = 0; k < rounds; k++) {
            pts[idx] = ls.get(k);
            ks[idx++] = u[k].multiply(u[k]);
            pts[idx] = rs.get(k);
            ks[idx++] = uInv[k].multiply(uInv[k]);
        }
        pts[idx] = a;
        ks[idx++] = BigInteger.ONE;
        pts[idx] = s;
        ks[idx++] = x;
        pts[idx] = params.g();
        ks[idx++] = w.multiply(tHat.subtract(aFinal.multiply(bFinal))).add(c.multiply(delta.subtract(tHat)));
        pts[idx] = params.h();
        ks[idx++] = mu.negate().subtract(c.multiply(tauX));
        for (int j = 0; j < m; j++) {
            pts[idx] = vs.get(j);
            ks[idx++] = c.multiply(zPow[2 + j]);
        }
        pts[idx] = bigT1;
        ks[idx++] = c.multiply(x);
        pts[idx] = bigT2;
        ks[idx++] = c.multiply(x).multiply(x);
        return group.multiScalarMultiply(pts, ks).isInfinity();
    }

    private BigInteger[] powers(BigInteger base, int count) {
        BigInteger[] out = new BigInteger[count];
        BigInteger acc = BigInteger.ONE;
        for (int i = 0; i < count; i++) {
            out[i] = acc;
            acc = acc.multiply(base).mod(n);
        }
        return out;
    }

    private BigInteger inner(BigInteger[] a, BigInteger[] b) {
        BigInteger acc = BigInteger.ZERO;
        for (int i = 0; i < a.length; i++) {
            acc = acc.add(a[i].multiply(b[i]));
        }
        return acc.mod(n);
    }
}
