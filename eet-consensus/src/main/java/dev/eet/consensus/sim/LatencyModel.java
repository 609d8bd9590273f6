package dev.eet.consensus.sim;

import dev.eet.api.InvalidArgumentException;
import java.util.SplittableRandom;

/** A one-way link latency distribution, in virtual microseconds. */
public sealed interface LatencyModel {

    /**
     * @param random the network's seeded generator
     * @return one latency sample in microseconds (not negative)
     */
    long sampleMicros(SplittableRandom random);

    /**
     * @param micros the latency
     * @return a constant latency
     */
    static LatencyModel fixed(long micros) {
        return new Fixed(micros);
    }

    /**
     * @param minMicros lower bound
     * @param maxMicros upper bound (inclusive)
     * @return a uniform latency
     */
    static LatencyModel uniform(long minMicros, long maxMicros) {
        return new Uniform(minMicros, maxMicros);
    }

    /**
     * @param baseMicros the floor (propagation delay)
     * @param meanExtraMicros mean of the exponential queueing delay added to it
     * @return base + exponential latency (long tail)
     */
    static LatencyModel exponential(long baseMicros, long meanExtraMicros) {
        return new Exponential(baseMicros, meanExtraMicros);
    }

    /** @param micros constant latency */
    record Fixed(long micros) implements LatencyModel {
        /** Checks the bound. */
        public Fixed {
            if (micros < 0) {
                throw new InvalidArgumentException("latency", "micros", "must not be negative, was " + micros);
            }
        }

        @Override
        public long sampleMicros(SplittableRandom random) {
            return micros;
        }
    }

    /** @param minMicros lower bound @param maxMicros upper bound */
    record Uniform(long minMicros, long maxMicros) implements LatencyModel {
        /** Checks the bounds. */
        public Uniform {
            if (minMicros < 0 || maxMicros < minMicros) {
                throw new InvalidArgumentException("latency", "range",
                        "needs 0 <= min <= max, was [" + minMicros + ", " + maxMicros + "]");
            }
        }

        @Override
        public long sampleMicros(SplittableRandom random) {
            return minMicros == maxMicros ? minMicros : random.nextLong(minMicros, maxMicros + 1);
        }
    }

    /** @param baseMicros floor @param meanExtraMicros mean extra delay */
    record Exponential(long baseMicros, long meanExtraMicros) implements LatencyModel {
        /** Checks the bounds. */
        public Exponential {
            if (baseMicros < 0 || meanExtraMicros < 0) {
                throw new InvalidArgumentException("latency", "exponential",
                        "base and mean must not be negative, were " + baseMicros + ", " + meanExtraMicros);
            }
        }

        @Override
        public long sampleMicros(SplittableRandom random) {
            double u = random.nextDouble();
            return baseMicros + (long) (-Math.log(1.0 - u) * meanExtraMicros);
        }
    }
}
