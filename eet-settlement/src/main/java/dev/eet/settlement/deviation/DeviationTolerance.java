package dev.eet.settlement.deviation;

import dev.eet.api.InvalidArgumentException;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The deviation-tolerance decision of settlement.md section 3, generic over the value type so that it runs on
 * plain values and, unchanged, on ciphertexts (see the package documentation): {@code d = |v_a - v_m| / v_m};
 * {@code d < sigma} settles v_m, otherwise v_a with the metered party at fault. It needs v_m &gt; 0 (a matched
 * trade has a positive quantity); the plain front end {@link DeviationToleranceSettlement} checks that.
 *
 * @param <V> the value type
 */
public final class DeviationTolerance<V> {
    private final DeviationAlgebra<V> algebra;
    private final BigDecimal sigma;
    private final BigDecimal minusOnePlusSigma;
    private final BigDecimal oneMinusSigma;

    /**
     * @param algebra the operations on values
     * @param sigma the tolerance, positive (with sigma = 0 the strict test {@code d < sigma} could never pass)
     * @throws InvalidArgumentException if sigma is not positive
     */
    public DeviationTolerance(DeviationAlgebra<V> algebra, BigDecimal sigma) {
        this.algebra = Objects.requireNonNull(algebra, "algebra");
        if (sigma.signum() <= 0) {
            throw new InvalidArgumentException("deviation tolerance", "sigma", "must be positive, was "
                    + sigma.toPlainString());
        }
        this.sigma = sigma;
        this.minusOnePlusSigma = BigDecimal.ONE.add(sigma).negate();
        this.oneMinusSigma = BigDecimal.ONE.subtract(sigma);
    }

    /** @return the tolerance sigma */
    public BigDecimal sigma() {
        return sigma;
    }

    /**
     * @param matched v_m (positive)
     * @param actual v_a
     * @param metered whose meter measured v_a
     * @param oracle reveals the sign of the two linear forms (the key holder, for ciphertexts)
     * @return the decision
     */
    public ToleranceDecision<V> decide(V matched, V actual, MeteredParty metered, SignOracle<V> oracle) {
        Objects.requireNonNull(metered, "metered");
        V over = algebra.add(actual, algebra.multiply(matched, minusOnePlusSigma));
        if (oracle.signum(over) >= 0) {
            return new ToleranceDecision<>(false, Optional.of(ToleranceDecision.Direction.OVER), actual,
                    Optional.of(metered));
        }
        V under = algebra.add(algebra.multiply(matched, oneMinusSigma), algebra.multiply(actual, BigDecimal.ONE.negate()));
        if (oracle.signum(under) >= 0) {
            return new ToleranceDecision<>(false, Optional.of(ToleranceDecision.Direction.UNDER), actual,
                    Optional.of(metered));
        }
        return new ToleranceDecision<>(true, Optional.empty(), matched, Optional.empty());
    }
}
