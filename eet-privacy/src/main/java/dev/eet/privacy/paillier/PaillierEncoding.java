package dev.eet.privacy.paillier;

import dev.eet.api.InvalidArgumentException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Signed fixed-point encoding: a decimal v at scale s is the integer units = v * 10^s; a signed integer is mapped
 * into Z_n as v (v &gt;= 0) or n + v (v &lt; 0), with |v| &lt;= floor(n/3). Decoding returns residues up to n/3 as
 * positive, residues from n - n/3 as negative, and reports the middle band as overflow.
 */
public final class PaillierEncoding {
    /** The decimals of a freshly encrypted value: EET's fixed-point scale. */
    public static final int DEFAULT_SCALE = 6;

    private PaillierEncoding() {
    }

    /**
     * @param value a decimal
     * @param scale the target scale
     * @param subject for the error message
     * @param field for the error message
     * @return value * 10^scale exactly
     * @throws InvalidArgumentException if the value has more significant decimals than {@code scale}
     */
    public static BigInteger units(BigDecimal value, int scale, String subject, String field) {
        if (value == null) {
            throw new InvalidArgumentException(subject, field, "is missing");
        }
        try {
            return value.setScale(scale).unscaledValue();
        } catch (ArithmeticException e) {
            throw new InvalidArgumentException(subject, field, "has more than " + scale + " decimals: "
                    + value.toPlainString());
        }
    }

    /**
     * @param k a plaintext constant
     * @return its number of significant decimals (0 for integers)
     */
    public static int constantScale(BigDecimal k) {
        if (k == null) {
            throw new InvalidArgumentException("paillier constant", "k", "is missing");
        }
        return Math.max(0, k.stripTrailingZeros().scale());
    }

    /**
     * @param units an integer plaintext
     * @param scale its scale
     * @return units / 10^scale
     */
    public static BigDecimal toDecimal(BigInteger units, int scale) {
        return new BigDecimal(units, scale);
    }
}
