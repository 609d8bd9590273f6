package dev.eet.examples.chart;

import dev.eet.api.InvalidArgumentException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * "Nice" axis ticks: a step of 1, 2, 2.5 or 5 times a power of ten, chosen so that about {@code target} ticks span
 * the data range, with the axis extended outwards to whole steps. Tick values are exact decimals (computed with
 * {@link BigDecimal}, so 0.1 + 0.2 never prints as 0.30000000000000004).
 *
 * @param min the axis start (a multiple of {@code step}, at or below the data minimum)
 * @param max the axis end (a multiple of {@code step}, at or above the data maximum)
 * @param step the distance between ticks
 * @param values the tick values from {@code min} to {@code max}
 */
public record Ticks(BigDecimal min, BigDecimal max, BigDecimal step, List<BigDecimal> values) {
    private static final double[] MANTISSAS = {1, 2, 2.5, 5, 10};

    /** Copies the list. */
    public Ticks {
        values = List.copyOf(values);
    }

    /**
     * @param lo the smallest data value (finite)
     * @param hi the largest data value (finite, not below {@code lo})
     * @param target about how many intervals to aim for (at least 1)
     * @return the ticks; a degenerate range {@code lo == hi} is widened to a unit around the value (or [0, 1] at 0)
     * @throws InvalidArgumentException if the range is not finite or reversed
     */
    public static Ticks nice(double lo, double hi, int target) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            throw new InvalidArgumentException("axis", "range", "must be finite, was [" + lo + ", " + hi + "]");
        }
        if (lo > hi) {
            throw new InvalidArgumentException("axis", "range", "minimum " + lo + " is above maximum " + hi);
        }
        if (target < 1) {
            throw new InvalidArgumentException("axis", "target", "must be at least 1, was " + target);
        }
        if (lo == hi) {
            if (lo == 0) {
                hi = 1;
            } else {
                double pad = Math.abs(lo) * 0.1;
                lo = lo > 0 ? Math.max(0, lo - pad) : lo - pad;
                hi = hi < 0 ? Math.min(0, hi + pad) : hi + pad;
            }
        }
        double raw = (hi - lo) / target;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double mantissa = 10;
        for (double m : MANTISSAS) {
            if (m * magnitude >= raw * (1 - 1e-9)) {
                mantissa = m;
                break;
            }
        }
        int exponent = (int) Math.floor(Math.log10(raw));
        BigDecimal step = BigDecimal.valueOf(mantissa).scaleByPowerOfTen(exponent).stripTrailingZeros();
        BigDecimal min = BigDecimal.valueOf(lo).divide(step, 0, RoundingMode.FLOOR).multiply(step);
        BigDecimal max = BigDecimal.valueOf(hi).divide(step, 0, RoundingMode.CEILING).multiply(step);
        List<BigDecimal> values = new ArrayList<>();
        for (BigDecimal v = min; v.compareTo(max) <= 0; v = v.add(step)) {
            values.add(v.stripTrailingZeros());
        }
        return new Ticks(min.stripTrailingZeros(), max.stripTrailingZeros(), step, values);
    }

    /**
     * @param lo the smallest data value (finite)
     * @param hi the largest data value (finite, not below {@code lo})
     * @param step the tick distance (positive)
     * @return ticks at the multiples of {@code step} from below {@code lo} to above {@code hi} (at most 1000)
     */
    public static Ticks withStep(double lo, double hi, BigDecimal step) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || lo > hi) {
            throw new InvalidArgumentException("axis", "range", "must be finite and ordered, was [" + lo + ", " + hi + "]");
        }
        if (step.signum() <= 0) {
            throw new InvalidArgumentException("axis", "step", "must be positive, was " + step);
        }
        BigDecimal min = BigDecimal.valueOf(lo).divide(step, 0, RoundingMode.FLOOR).multiply(step);
        BigDecimal max = BigDecimal.valueOf(hi).divide(step, 0, RoundingMode.CEILING).multiply(step);
        if (max.subtract(min).divide(step, 0, RoundingMode.CEILING).compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw new InvalidArgumentException("axis", "step", "gives more than 1000 ticks over [" + lo + ", " + hi + "]");
        }
        List<BigDecimal> values = new ArrayList<>();
        for (BigDecimal v = min; v.compareTo(max) <= 0; v = v.add(step)) {
            values.add(v.stripTrailingZeros());
        }
        return new Ticks(min.stripTrailingZeros(), max.stripTrailingZeros(), step.stripTrailingZeros(), values);
    }

    /**
     * @param value a tick value
     * @return its label: plain decimal with as many decimals as the step needs, {@code -0} printed as {@code 0}
     */
    public String label(BigDecimal value) {
        int scale = Math.max(0, step.stripTrailingZeros().scale());
        BigDecimal v = value.setScale(scale, RoundingMode.HALF_EVEN);
        return v.signum() == 0 ? BigDecimal.ZERO.setScale(scale).toPlainString() : v.toPlainString();
    }
}
