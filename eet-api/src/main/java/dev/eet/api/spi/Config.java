package dev.eet.api.spi;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import dev.eet.api.value.Price;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Immutable configuration of one component: string parameters with typed getters, plus the injected
 * {@link Clock} and random seed that make behaviour deterministic. Every getter that fails throws an
 * {@link InvalidArgumentException} naming this config's {@linkplain #subject() subject} and the key.
 *
 * <pre>{@code
 * Config c = Config.builder("matcher cda").put("beta", "0.1").seed(7).build();
 * BigDecimal beta = c.getDecimal("beta", new BigDecimal("0.1"));
 * }</pre>
 */
public final class Config {
    private static final Config EMPTY = builder("config").build();

    private final String subject;
    private final SortedMap<String, String> values;
    private final Clock clock;
    private final long seed;

    private Config(Builder b) {
        this.subject = b.subject;
        this.values = Collections.unmodifiableSortedMap(new TreeMap<>(b.values));
        this.clock = b.clock;
        this.seed = b.seed;
    }

    /** @return an empty configuration: UTC system clock, seed 0 */
    public static Config empty() {
        return EMPTY;
    }

    /**
     * @param subject what is being configured, used in error messages (e.g. {@code "matcher cda"})
     * @return a new builder
     */
    public static Builder builder(String subject) {
        return new Builder(subject);
    }

    /** @return a builder starting from this configuration's contents */
    public Builder toBuilder() {
        Builder b = new Builder(subject).clock(clock).seed(seed);
        b.values.putAll(values);
        return b;
    }

    /**
     * @param newSubject the subject for error messages
     * @return this configuration under another subject
     */
    public Config withSubject(String newSubject) {
        return toBuilder().subject(newSubject).build();
    }

    /** @return what is being configured, as used in error messages */
    public String subject() {
        return subject;
    }

    /** @return the injected clock (default: the UTC system clock) */
    public Clock clock() {
        return clock;
    }

    /** @return the random seed (default 0) */
    public long seed() {
        return seed;
    }

    /**
     * A fresh random generator seeded from {@link #seed()}: the same seed always gives the same sequence
     * ({@link SplittableRandom}'s algorithm is fixed by its specification).
     *
     * @return a new generator
     */
    public SplittableRandom newRandom() {
        return new SplittableRandom(seed);
    }

    /** @return every parameter, sorted by key */
    public SortedMap<String, String> asMap() {
        return values;
    }

    /**
     * @param key the parameter name
     * @return whether the parameter is set
     */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /**
     * Rejects parameters a component does not know, so that typos do not pass silently.
     *
     * @param known the accepted keys
     * @return this configuration
     * @throws InvalidArgumentException naming the first unknown key
     */
    public Config requireOnly(Set<String> known) {
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                throw new InvalidArgumentException(subject, key, "unknown parameter (known: "
                        + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
        return this;
    }

    /**
     * @param key the parameter name
     * @return the raw value, if set
     */
    public Optional<String> find(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /**
     * @param key the parameter name
     * @return the value
     * @throws InvalidArgumentException if it is missing
     */
    public String getString(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new InvalidArgumentException(subject, key, "is required");
        }
        return v;
    }

    /**
     * @param key the parameter name
     * @param fallback returned when the key is not set
     * @return the value or the fallback
     */
    public String getString(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    /**
     * @param key the parameter name
     * @return the value as an exact decimal
     */
    public BigDecimal getDecimal(String key) {
        return parseDecimal(key, getString(key));
    }

    /**
     * @param key the parameter name
     * @param fallback returned when the key is not set
     * @return the value as an exact decimal, or the fallback
     */
    public BigDecimal getDecimal(String key, BigDecimal fallback) {
        String v = values.get(key);
        return v == null ? fallback : parseDecimal(key, v);
    }

    /**
     * @param key the parameter name
     * @param fallback returned when the key is not set
     * @return the value as a long
     */
    public long getLong(String key, long fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException(subject, key, "must be a whole number, was '" + v + "'");
        }
    }

    /**
     * @param key the parameter name
     * @param fallback returned when the key is not set
     * @return the value as an int
     */
    public int getInt(String key, int fallback) {
        long v = getLong(key, fallback);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new InvalidArgumentException(subject, key, "is out of range for an int, was " + v);
        }
        return (int) v;
    }

    /**
     * For dimensionless scores and weights only; never for money or energy.
     *
     * @param key the parameter name
     * @param fallback returned when the key is not set
     * @return the value as a double (finite)
     */
    public double getDouble(String key, double fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v.trim());
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException(subject, key, "must be a finite number, was '" + v + "'");
        }
    }

    /**
     * @param key the parameter name
     * @param fallback returned when the key is not set
     * @return the value as a boolean ({@code true} or {@code false}, any case)
     */
    public boolean getBoolean(String key, boolean fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("false")) {
            return false;
        }
        throw new InvalidArgumentException(subject, key, "must be true or false, was '" + v + "'");
    }

    /**
     * @param key the parameter name
     * @param fallback returned when the key is not set
     * @return the value as an ISO-8601 duration ({@code PT15M}) or a number of milliseconds
     */
    public Duration getDuration(String key, Duration fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return v.trim().startsWith("P") ? Duration.parse(v.trim()) : Duration.ofMillis(Long.parseLong(v.trim()));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new InvalidArgumentException(subject, key,
                    "must be an ISO-8601 duration such as PT15M or a number of milliseconds, was '" + v + "'");
        }
    }

    /**
     * @param key the parameter name
     * @param fallback returned when the key is not set
     * @return the value as a price per kWh (rounded HALF_EVEN to the price scale)
     */
    public Price getPrice(String key, Price fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        BigDecimal d = parseDecimal(key, v);
        if (d.signum() < 0) {
            throw new InvalidArgumentException(subject, key, "must not be negative, was " + v);
        }
        return Price.perKwh(d);
    }

    /**
     * @param key the parameter name
     * @param fallback returned when the key is not set
     * @return the value as energy in kWh
     */
    public Energy getEnergy(String key, Energy fallback) {
        String v = values.get(key);
        return v == null ? fallback : Energy.ofKwh(parseDecimal(key, v));
    }

    /**
     * @param key the parameter name
     * @param fallback returned when the key is not set
     * @return the value as money
     */
    public Money getMoney(String key, Money fallback) {
        String v = values.get(key);
        return v == null ? fallback : Money.of(parseDecimal(key, v));
    }

    private BigDecimal parseDecimal(String key, String v) {
        try {
            return new BigDecimal(v.trim());
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException(subject, key, "must be a decimal number, was '" + v + "'");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Config c && subject.equals(c.subject) && values.equals(c.values)
                && clock.equals(c.clock) && seed == c.seed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, values, clock, seed);
    }

    @Override
    public String toString() {
        return "Config[" + subject + ", " + values + ", seed=" + seed + ", clock=" + clock + "]";
    }

    /** Builds a {@link Config}. Not thread-safe; the built config is immutable. */
    public static final class Builder {
        private String subject;
        private final Map<String, String> values = new TreeMap<>();
        private Clock clock = Clock.systemUTC();
        private long seed;

        private Builder(String subject) {
            this.subject = Objects.requireNonNull(subject, "subject");
        }

        /**
         * @param newSubject what is being configured, for error messages
         * @return this builder
         */
        public Builder subject(String newSubject) {
            this.subject = Objects.requireNonNull(newSubject, "subject");
            return this;
        }

        /**
         * @param key parameter name
         * @param value parameter value; {@link Object#toString()} is stored ({@link BigDecimal} as plain string)
         * @return this builder
         */
        public Builder put(String key, Object value) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, () -> "value of " + key);
            values.put(key, value instanceof BigDecimal d ? d.toPlainString() : value.toString());
            return this;
        }

        /**
         * @param all parameters to add
         * @return this builder
         */
        public Builder putAll(Map<String, ?> all) {
            all.forEach(this::put);
            return this;
        }

        /**
         * @param newClock the clock components read time from
         * @return this builder
         */
        public Builder clock(Clock newClock) {
            this.clock = Objects.requireNonNull(newClock, "clock");
            return this;
        }

        /**
         * @param newSeed the seed for every random choice
         * @return this builder
         */
        public Builder seed(long newSeed) {
            this.seed = newSeed;
            return this;
        }

        /** @return the immutable configuration */
        public Config build() {
            return new Config(this);
        }
    }
}
