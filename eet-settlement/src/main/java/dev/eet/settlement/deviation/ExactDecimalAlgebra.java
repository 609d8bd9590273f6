package dev.eet.settlement.deviation;

import java.math.BigDecimal;

/** {@link DeviationAlgebra} on plain exact decimals (no rounding at all), with its trivial sign oracle. */
public enum ExactDecimalAlgebra implements DeviationAlgebra<BigDecimal>, SignOracle<BigDecimal> {
    /** The only instance. */
    INSTANCE;

    @Override
    public BigDecimal add(BigDecimal a, BigDecimal b) {
        return a.add(b);
    }

    @Override
    public BigDecimal multiply(BigDecimal a, BigDecimal k) {
        return a.multiply(k);
    }

    @Override
    public int signum(BigDecimal value) {
        return value.signum();
    }
}
