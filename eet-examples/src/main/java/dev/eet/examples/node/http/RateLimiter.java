package dev.eet.examples.node.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Per-client token buckets: each client may make {@code burst} requests at once and {@code perSecond} per second
 * sustained. The time source is injected (monotonic nanoseconds) so the rule can be tested without sleeping.
 */
public final class RateLimiter {
    private static final int MAX_CLIENTS = 10_000;

    private final int perSecond;
    private final int burst;
    private final LongSupplier nanos;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    /**
     * @param perSecond sustained requests per second per client (positive)
     * @param burst bucket size (positive)
     * @param nanos monotonic time in nanoseconds
     */
    public RateLimiter(int perSecond, int burst, LongSupplier nanos) {
        if (perSecond <= 0 || burst <= 0) {
            throw new IllegalArgumentException("rate limits must be positive");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanos = nanos;
    }

    /**
     * @param client the client's address
     * @return whether the request may proceed (a token was taken)
     */
    public boolean tryAcquire(String client) {
        long now = nanos.getAsLong();
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear();                      // bounded memory under a flood of addresses
        }
        Bucket b = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
        synchronized (b) {
            b.tokens = Math.min(burst, b.tokens + (now - b.at) * perSecond / 1e9);
            b.at = now;
            if (b.tokens < 1) {
                return false;
            }
            b.tokens -= 1;
            return true;
        }
    }

    /** @return the one-line description used in 429 errors */
    public String describe() {
        return "requestsPerSecond=" + perSecond + " (burst " + burst + ") per client";
    }
}
