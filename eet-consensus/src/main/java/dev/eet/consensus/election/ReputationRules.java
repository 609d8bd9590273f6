package dev.eet.consensus.election;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.spi.Config;
import java.util.Set;

/**
 * The reputation rules of [Report ch.5]: a node starts at {@code T_init}, gains {@code T_up} per correct
 * endorsement up to the cap {@code T_max}, loses {@code T_down} per wrong one ({@code T_down >> T_up}; checked
 * as {@code T_down > T_up}; reputation never drops below 0), and stands for a consensus group only at or above
 * {@code T_min}. Candidates add a random value T_r drawn (seeded) from the supervised range
 * {@code [randomMin, randomMax)}.
 *
 * <p>The report gives no numbers; the defaults are this library's: T_init 60, T_max 100, T_up 1, T_down 10,
 * T_min 50, T_r in [0, 5).
 *
 * @param initial T_init
 * @param max T_max
 * @param up T_up
 * @param down T_down
 * @param min T_min
 * @param randomMin lower end of T_r's range
 * @param randomMax upper end of T_r's range (exclusive; equal to randomMin for a constant T_r)
 */
public record ReputationRules(double initial, double max, double up, double down, double min, double randomMin,
                              double randomMax) {
    /** Parameter names read by {@link #from(Config)}. */
    public static final Set<String> PARAMETERS = Set.of("tInit", "tMax", "tUp", "tDown", "tMin", "randomMin",
            "randomMax");
    /** The defaults. */
    public static final ReputationRules DEFAULT = new ReputationRules(60, 100, 1, 10, 50, 0, 5);

    /** Checks the rules are consistent. */
    public ReputationRules {
        String s = "reputation rules";
        finite(s, "tInit", initial);
        finite(s, "tMax", max);
        finite(s, "tUp", up);
        finite(s, "tDown", down);
        finite(s, "tMin", min);
        finite(s, "randomMin", randomMin);
        finite(s, "randomMax", randomMax);
        if (!(max > 0)) {
            throw new InvalidArgumentException(s, "tMax", "must be positive, was " + max);
        }
        if (initial < 0 || initial > max) {
            throw new InvalidArgumentException(s, "tInit", "must be within [0, tMax = " + max + "], was " + initial);
        }
        if (!(up > 0)) {
            throw new InvalidArgumentException(s, "tUp", "must be positive, was " + up);
        }
        if (!(down > up)) {
            throw new InvalidArgumentException(s, "tDown", "must exceed tUp = " + up + " (T_down >> T_up), was " + down);
        }
        if (min < 0 || min > max) {
            throw new InvalidArgumentException(s, "tMin", "must be within [0, tMax = " + max + "], was " + min);
        }
        if (randomMin < 0 || randomMax < randomMin) {
            throw new InvalidArgumentException(s, "randomMax", "the range [randomMin, randomMax) must satisfy "
                    + "0 <= randomMin <= randomMax, was [" + randomMin + ", " + randomMax + ")");
        }
    }

    /**
     * @param config parameters {@code tInit}, {@code tMax}, {@code tUp}, {@code tDown}, {@code tMin},
     *               {@code randomMin}, {@code randomMax}; defaults for missing ones
     * @return the rules
     */
    public static ReputationRules from(Config config) {
        ReputationRules d = DEFAULT;
        try {
            return new ReputationRules(config.getDouble("tInit", d.initial), config.getDouble("tMax", d.max),
                    config.getDouble("tUp", d.up), config.getDouble("tDown", d.down), config.getDouble("tMin", d.min),
                    config.getDouble("randomMin", d.randomMin), config.getDouble("randomMax", d.randomMax));
        } catch (InvalidArgumentException e) {
            throw e.subject().equals("reputation rules")
                    ? new InvalidArgumentException(config.subject(), e.field(), e.problem()) : e;
        }
    }

    /**
     * @param reputation a reputation
     * @return it after one correct endorsement: {@code min(T_max, T + T_up)}
     */
    public double afterCorrect(double reputation) {
        return Math.min(max, reputation + up);
    }

    /**
     * @param reputation a reputation
     * @return it after one wrong endorsement: {@code max(0, T - T_down)}
     */
    public double afterWrong(double reputation) {
        return Math.max(0, reputation - down);
    }

    private static void finite(String s, String key, double v) {
        if (!Double.isFinite(v)) {
            throw new InvalidArgumentException(s, key, "must be a finite number, was " + v);
        }
    }
}
