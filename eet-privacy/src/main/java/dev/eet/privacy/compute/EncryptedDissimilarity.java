package dev.eet.privacy.compute;

import dev.eet.api.InvalidArgumentException;
import dev.eet.privacy.paillier.PaillierCiphertext;
import dev.eet.privacy.paillier.PaillierEncryptor;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The K-prototypes dissimilarity of matching.md section 4 on ciphertexts:
 * d(X, Z) = sum_l alpha_l * ((x_l - z_l) / R_l)^2 + sum_q beta_q * delta(x_q, z_q), with R_l the public min-max
 * range of numeric attribute l (the minimum cancels in the difference) and categorical values one-hot encoded, so
 * delta(x_q, z_q) = 1 - sum_c x_qc * z_qc. Differences and weighted sums are homomorphic; each square and each
 * one-hot product takes one {@link BlindedMultiplier blinded multiplication round}.
 *
 * <p>Division by R_l^2 is not possible on ciphertexts, so the evaluator computes the exact integer-weighted
 * Enc(K * d) with the public factor K = prod_l R_l^2 ({@link #divisor()}): ranking sellers by K*d is ranking them by
 * d, and d = Dec(K*d) / K for whoever decrypts.
 */
public final class EncryptedDissimilarity {
    private final List<NumericAttribute> numeric;
    private final List<CategoricalAttribute> categorical;
    private final BlindedMultiplier multiplier;
    private final BigDecimal divisor;
    private final List<BigDecimal> numericWeights;
    private final List<BigDecimal> categoricalWeights;

    /**
     * A numeric attribute (price, quantity, environmental index, credit value, transmission loss).
     *
     * @param name for error messages
     * @param alpha the weight in [0, 1]
     * @param range the public min-max range R &gt; 0 used to scale the attribute to [0, 1]
     */
    public record NumericAttribute(String name, BigDecimal alpha, BigDecimal range) {
        /** Validates the weight and range. */
        public NumericAttribute {
            Objects.requireNonNull(name, "name");
            if (alpha == null || alpha.signum() < 0 || alpha.compareTo(BigDecimal.ONE) > 0) {
                throw new InvalidArgumentException("attribute " + name, "alpha", "must be in [0, 1], was " + alpha);
            }
            if (range == null || range.signum() <= 0) {
                throw new InvalidArgumentException("attribute " + name, "range", "must be positive, was " + range);
            }
        }
    }

    /**
     * A categorical attribute (energy type) with values 0..categories-1, encrypted one-hot.
     *
     * @param name for error messages
     * @param beta the weight in [0, 1]
     * @param categories the number of possible values
     */
    public record CategoricalAttribute(String name, BigDecimal beta, int categories) {
        /** Validates the weight and category count. */
        public CategoricalAttribute {
            Objects.requireNonNull(name, "name");
            if (beta == null || beta.signum() < 0 || beta.compareTo(BigDecimal.ONE) > 0) {
                throw new InvalidArgumentException("attribute " + name, "beta", "must be in [0, 1], was " + beta);
            }
            if (categories < 1) {
                throw new InvalidArgumentException("attribute " + name, "categories", "must be positive");
            }
        }
    }

    /**
     * One party's encrypted attributes.
     *
     * @param numeric Enc(x_l) per numeric attribute
     * @param oneHot per categorical attribute, Enc(1) at the value's position and Enc(0) elsewhere
     */
    public record EncryptedRecord(List<PaillierCiphertext> numeric, List<List<PaillierCiphertext>> oneHot) {
        /** Copies the lists. */
        public EncryptedRecord {
            numeric = List.copyOf(numeric);
            oneHot = oneHot.stream().map(List::copyOf).toList();
        }

        /**
         * Encrypts a record on its owner's side.
         *
         * @param encryptor the owner's encryptor under the key holder's public key
         * @param numericValues x_l (at most 6 decimals)
         * @param categories the category index per categorical attribute
         * @param attributes the categorical attributes (for their sizes)
         * @return the encrypted record
         */
        public static EncryptedRecord encrypt(PaillierEncryptor encryptor, List<BigDecimal> numericValues,
                List<Integer> categories, List<CategoricalAttribute> attributes) {
            if (categories.size() != attributes.size()) {
                throw new InvalidArgumentException("encrypted record", "categories", "expected " + attributes.size()
                        + " values, got " + categories.size());
            }
            List<List<PaillierCiphertext>> hot = new ArrayList<>();
            for (int q = 0; q < attributes.size(); q++) {
                int value = categories.get(q);
                CategoricalAttribute a = attributes.get(q);
                if (value < 0 || value >= a.categories()) {
                    throw new InvalidArgumentException("encrypted record", a.name(), "category " + value
                            + " out of range 0.." + (a.categories() - 1));
                }
                List<PaillierCiphertext> bits = new ArrayList<>();
                for (int c = 0; c < a.categories(); c++) {
                    bits.add(encryptor.encryptInteger(c == value ? BigInteger.ONE : BigInteger.ZERO));
                }
                hot.add(bits);
            }
            return new EncryptedRecord(numericValues.stream().map(encryptor::encrypt).toList(), hot);
        }
    }

    /**
     * @param numeric the numeric attributes, in record order
     * @param categorical the categorical attributes, in record order
     * @param multiplier the evaluator's multiplier (connected to the key holder)
     */
    public EncryptedDissimilarity(List<NumericAttribute> numeric, List<CategoricalAttribute> categorical,
            BlindedMultiplier multiplier) {
        this.numeric = List.copyOf(numeric);
        this.categorical = List.copyOf(categorical);
        this.multiplier = Objects.requireNonNull(multiplier, "multiplier");
        BigDecimal k = BigDecimal.ONE;
        for (NumericAttribute a : this.numeric) {
            k = k.multiply(a.range().pow(2));
        }
        this.divisor = k;
        List<BigDecimal> nw = new ArrayList<>();
        for (int l = 0; l < this.numeric.size(); l++) {
            BigDecimal w = this.numeric.get(l).alpha();
            for (int m = 0; m < this.numeric.size(); m++) {
                if (m != l) {
                    w = w.multiply(this.numeric.get(m).range().pow(2));
                }
            }
            nw.add(w);
        }
        this.numericWeights = List.copyOf(nw);
        this.categoricalWeights = this.categorical.stream().map(c -> c.beta().multiply(divisor)).toList();
    }

    /** @return K = prod_l R_l^2, the public factor of {@link #score}: d = Dec(score) / K */
    public BigDecimal divisor() {
        return divisor;
    }

    /**
     * @param buyer the buyer's encrypted record X_j
     * @param seller the seller's encrypted record Z_i
     * @return Enc(K * d(X_j, Z_i))
     */
    public PaillierCiphertext score(EncryptedRecord buyer, EncryptedRecord seller) {
        check(buyer, "buyer");
        check(seller, "seller");
        PaillierCiphertext total = null;
        for (int l = 0; l < numeric.size(); l++) {
            PaillierCiphertext diff = buyer.numeric().get(l).subtract(seller.numeric().get(l));
            total = plus(total, multiplier.square(diff).multiply(numericWeights.get(l)));
        }
        for (int q = 0; q < categorical.size(); q++) {
            PaillierCiphertext same = null;
            for (int c = 0; c < categorical.get(q).categories(); c++) {
                same = plus(same, multiplier.multiply(buyer.oneHot().get(q).get(c), seller.oneHot().get(q).get(c)));
            }
            PaillierCiphertext delta = same.negate().addPlain(BigDecimal.ONE);
            total = plus(total, delta.multiply(categoricalWeights.get(q)));
        }
        if (total == null) {
            total = multiplier.encryptor().encryptInteger(BigInteger.ZERO);
        }
        return multiplier.encryptor().rerandomize(total);
    }

    /**
     * @param decryptedScore Dec({@link #score})
     * @return d = score / K, to 34 significant digits (the exact value is the score with K)
     */
    public BigDecimal dissimilarity(BigDecimal decryptedScore) {
        return decryptedScore.divide(divisor, MathContext.DECIMAL128);
    }

    /**
     * The plaintext K * d with exactly the weights used on ciphertexts, for reference and tests.
     *
     * @param buyerNumeric x_l
     * @param sellerNumeric z_l
     * @param buyerCategories buyer's category per categorical attribute
     * @param sellerCategories seller's category per categorical attribute
     * @return K * d(X, Z) exactly
     */
    public BigDecimal plaintextScore(List<BigDecimal> buyerNumeric, List<BigDecimal> sellerNumeric,
            List<Integer> buyerCategories, List<Integer> sellerCategories) {
        BigDecimal s = BigDecimal.ZERO;
        for (int l = 0; l < numeric.size(); l++) {
            s = s.add(numericWeights.get(l).multiply(buyerNumeric.get(l).subtract(sellerNumeric.get(l)).pow(2)));
        }
        for (int q = 0; q < categorical.size(); q++) {
            if (!buyerCategories.get(q).equals(sellerCategories.get(q))) {
                s = s.add(categoricalWeights.get(q));
            }
        }
        return s;
    }

    private void check(EncryptedRecord r, String who) {
        if (r.numeric().size() != numeric.size()) {
            throw new InvalidArgumentException("encrypted " + who + " record", "numeric", "expected "
                    + numeric.size() + " attributes, got " + r.numeric().size());
        }
        if (r.oneHot().size() != categorical.size()) {
            throw new InvalidArgumentException("encrypted " + who + " record", "oneHot", "expected "
                    + categorical.size() + " attributes, got " + r.oneHot().size());
        }
        for (int q = 0; q < categorical.size(); q++) {
            if (r.oneHot().get(q).size() != categorical.get(q).categories()) {
                throw new InvalidArgumentException("encrypted " + who + " record", categorical.get(q).name(),
                        "expected " + categorical.get(q).categories() + " one-hot entries");
            }
        }
    }

    private static PaillierCiphertext plus(PaillierCiphertext acc, PaillierCiphertext term) {
        return acc == null ? term : acc.add(term);
    }
}
