package dev.eet.privacy.compute;

import dev.eet.api.InvalidArgumentException;
import dev.eet.privacy.paillier.PaillierCiphertext;
import dev.eet.privacy.paillier.PaillierEncryptor;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * The settler's side of the deviation rule (settlement.md section 3) on ciphertexts: from Enc(v_a) (energy router)
 * and Enc(v_m) (match record) it computes Enc(v_a - v_m), and the blinded tolerance test that lets the key holder
 * decide d = |v_a - v_m| / v_m &lt; sigma without learning v_a, v_m or the deviation.
 *
 * <p>With D = v_a - v_m and T = sigma * v_m (v_m &gt; 0): d &lt; sigma iff -T &lt; D &lt; T iff E1 = T + D &gt; 0 and
 * E2 = T - D &gt; 0. Each E is an integer (units at a common scale) and is sent as rho * E - rho' with rho
 * log-uniform in [2^63, 2^191) and rho' uniform in [0, rho): positive exactly when E is, because
 * rho*E - rho' &gt;= rho - rho' &gt; 0 for E &gt;= 1 and &lt;= -rho' &lt;= 0 for E &lt;= 0. Both ciphertexts are re-randomised.
 * Multiplicative blinding hides the magnitude of E only partially (see {@code COMPUTING.md}).
 */
public final class EncryptedDeviation {
    /** Width, in bits, of the range the bit length of the multiplicative blinding rho is drawn from. */
    public static final int DEFAULT_BLINDING_BITS = 128;
    /** The smallest bit length of rho (so rho &gt;= 2^63: rho*E - rho' never reveals E exactly). */
    public static final int MIN_RHO_BITS = 64;

    private final PaillierEncryptor encryptor;
    private final SecureRandom random;

    /**
     * @param encryptor the settler's encryptor under the key holder's public key
     * @param random the settler's generator of blinding values
     */
    public EncryptedDeviation(PaillierEncryptor encryptor, SecureRandom random) {
        this.encryptor = Objects.requireNonNull(encryptor, "encryptor");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * @param actual Enc(v_a)
     * @param matched Enc(v_m)
     * @return Enc(v_a - v_m), re-randomised
     */
    public PaillierCiphertext deviation(PaillierCiphertext actual, PaillierCiphertext matched) {
        return encryptor.rerandomize(actual.subtract(matched));
    }

    /**
     * @param actual Enc(v_a)
     * @param matched Enc(v_m), v_m &gt; 0 (a matched quantity)
     * @param sigma the public tolerance, 0 &lt;= sigma
     * @return the blinded test to send to the key holder
     */
    public BlindedTolerance toleranceTest(PaillierCiphertext actual, PaillierCiphertext matched, BigDecimal sigma) {
        if (sigma == null || sigma.signum() < 0) {
            throw new InvalidArgumentException("deviation rule", "sigma", "must be a non-negative decimal, was "
                    + sigma);
        }
        PaillierCiphertext threshold = matched.multiply(sigma);
        PaillierCiphertext d = actual.subtract(matched);
        int scale = Math.max(threshold.scale(), d.scale());
        threshold = threshold.withScale(scale);
        d = d.withScale(scale);
        return new BlindedTolerance(blindSign(threshold.add(d)), blindSign(threshold.subtract(d)));
    }

    private PaillierCiphertext blindSign(PaillierCiphertext e) {
        // log-uniform rho: a uniform bit length k in [MIN_RHO_BITS, MIN_RHO_BITS + 128), then rho uniform in
        // [2^(k-1), 2^k): log2|B| = log2|E| + an offset spread uniformly over 128 bits, and rho is never small
        int k = MIN_RHO_BITS + random.nextInt(DEFAULT_BLINDING_BITS);
        BigInteger rho = BigInteger.ONE.shiftLeft(k - 1).or(new BigInteger(k - 1, random));
        BigInteger rhoPrime = uniformBelow(rho);
        return encryptor.rerandomize(e.multiplyUnits(rho).addPlainUnits(rhoPrime.negate()));
    }

    private BigInteger uniformBelow(BigInteger bound) {
        BigInteger r;
        do {
            r = new BigInteger(bound.bitLength(), random);
        } while (r.compareTo(bound) >= 0);
        return r;
    }

    /**
     * The plaintext rule, for reference and tests: d &lt; sigma iff |v_a - v_m| &lt; sigma * v_m.
     *
     * @param actual v_a
     * @param matched v_m &gt; 0
     * @param sigma the tolerance
     * @return the decision
     */
    public static ToleranceDecision plaintextDecision(BigDecimal actual, BigDecimal matched, BigDecimal sigma) {
        BigDecimal d = actual.subtract(matched);
        BigDecimal t = sigma.multiply(matched);
        if (d.abs().compareTo(t) < 0) {
            return ToleranceDecision.WITHIN;
        }
        return d.signum() < 0 || (d.signum() == 0) ? ToleranceDecision.BELOW : ToleranceDecision.ABOVE;
    }

}
