package dev.eet.consensus.election;

import java.math.BigDecimal;

/** Formatting of dimensionless scores in messages: shortest exact decimal of the double, no exponent. */
final class Scores {
    private Scores() {
    }

    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
