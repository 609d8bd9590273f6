package dev.eet.settlement.reputation;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.settlement.ReputationEvent;
import dev.eet.api.settlement.ReputationRule;
import dev.eet.api.spi.Config;
import java.util.List;
import java.util.Set;

/**
 * A score that starts at {@code initial}, gains {@code reward} per completed trade and loses {@code penalty} per
 * penalty, clamped to {@code [min, max]} after every event, computed over the most recent {@code window} events
 * (0 = the whole history). Both published rules are instances:
 * <ul>
 *   <li>{@link #reportCh3Credit()} [Report ch.3]: start 100, +1, -10, capped at 100, over the most recent 100
 *       trades. The report gives no lower bound; this library floors credit at 0 (configurable via {@code min})
 *       because a negative credit value has no meaning to the consensus layer that consumes it;</li>
 *   <li>{@link #reportCh4Reputation()} [Report ch.4]: start 60, +1, -10, bounded to [0, 100], whole history.</li>
 * </ul>
 * Configuration keys: {@code initial}, {@code reward}, {@code penalty}, {@code min}, {@code max}, {@code window}.
 */
public final class BoundedReputationRule implements ReputationRule {
    /** The configuration keys. */
    public static final Set<String> KEYS = Set.of("initial", "reward", "penalty", "min", "max", "window");

    private final String name;
    private final int initial;
    private final int reward;
    private final int penalty;
    private final int min;
    private final int max;
    private final int window;

    /**
     * @param name the rule's name
     * @param initial the starting score
     * @param reward gained per completed trade (not negative)
     * @param penalty lost per penalty (not negative)
     * @param min the lowest score
     * @param max the highest score
     * @param window how many recent events count (0 = all)
     * @throws InvalidArgumentException if the numbers are inconsistent
     */
    public BoundedReputationRule(String name, int initial, int reward, int penalty, int min, int max, int window) {
        String subject = "reputation rule " + name;
        if (min > max) {
            throw new InvalidArgumentException(subject, "min", "must not exceed max " + max + ", was " + min);
        }
        if (initial < min || initial > max) {
            throw new InvalidArgumentException(subject, "initial", "must lie in [" + min + ", " + max + "], was "
                    + initial);
        }
        if (reward < 0) {
            throw new InvalidArgumentException(subject, "reward", "must not be negative, was " + reward);
        }
        if (penalty < 0) {
            throw new InvalidArgumentException(subject, "penalty", "must not be negative, was " + penalty);
        }
        if (window < 0) {
            throw new InvalidArgumentException(subject, "window", "must not be negative, was " + window);
        }
        this.name = name;
        this.initial = initial;
        this.reward = reward;
        this.penalty = penalty;
        this.min = min;
        this.max = max;
        this.window = window;
    }

    /** @return [Report ch.3] credit with its published defaults */
    public static BoundedReputationRule reportCh3Credit() {
        return reportCh3Credit(Config.empty());
    }

    /**
     * @param config overrides of {@link #KEYS}
     * @return [Report ch.3] credit
     */
    public static BoundedReputationRule reportCh3Credit(Config config) {
        return fromConfig(ReportCh3CreditRuleProvider.NAME, config, 100, 0, 100, 100);
    }

    /** @return [Report ch.4] reputation with its published defaults */
    public static BoundedReputationRule reportCh4Reputation() {
        return reportCh4Reputation(Config.empty());
    }

    /**
     * @param config overrides of {@link #KEYS}
     * @return [Report ch.4] reputation
     */
    public static BoundedReputationRule reportCh4Reputation(Config config) {
        return fromConfig(ReportCh4ReputationRuleProvider.NAME, config, 60, 0, 100, 0);
    }

    private static BoundedReputationRule fromConfig(String name, Config config, int initial, int min, int max,
                                                    int window) {
        Config c = config.withSubject("reputation rule " + name);
        c.requireOnly(KEYS);
        return new BoundedReputationRule(name, c.getInt("initial", initial), c.getInt("reward", 1),
                c.getInt("penalty", 10), c.getInt("min", min), c.getInt("max", max), c.getInt("window", window));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int initial() {
        return initial;
    }

    @Override
    public int min() {
        return min;
    }

    @Override
    public int max() {
        return max;
    }

    /** @return how many recent events count (0 = all) */
    public int window() {
        return window;
    }

    @Override
    public int score(List<ReputationEvent> history) {
        int from = window == 0 ? 0 : Math.max(0, history.size() - window);
        long s = initial;
        for (int i = from; i < history.size(); i++) {
            s = history.get(i) == ReputationEvent.PENALTY ? s - penalty : s + reward;
            s = Math.max(min, Math.min(max, s));
        }
        return (int) s;
    }

    @Override
    public String toString() {
        return name + "[initial=" + initial + ", reward=" + reward + ", penalty=" + penalty + ", range=[" + min
                + ", " + max + "], window=" + (window == 0 ? "all" : window) + "]";
    }
}
