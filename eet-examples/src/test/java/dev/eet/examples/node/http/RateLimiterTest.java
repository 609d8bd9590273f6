package dev.eet.examples.node.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Token buckets per client, on an injected time source. */
class RateLimiterTest {

    @Test
    void burstThenSustainedRatePerClient() {
        AtomicLong now = new AtomicLong();
        RateLimiter limiter = new RateLimiter(2, 3, now::get);
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.tryAcquire("10.0.0.1"), "burst request " + i);
        }
        assertFalse(limiter.tryAcquire("10.0.0.1"), "burst exhausted");
        assertTrue(limiter.tryAcquire("10.0.0.2"), "another client has its own bucket");
        now.addAndGet(499_000_000L);
        assertFalse(limiter.tryAcquire("10.0.0.1"), "0.998 tokens after 499 ms at 2/s");
        now.addAndGet(1_000_000L);
        assertTrue(limiter.tryAcquire("10.0.0.1"), "one token after 500 ms");
        now.addAndGet(60_000_000_000L);
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.tryAcquire("10.0.0.1"));
        }
        assertFalse(limiter.tryAcquire("10.0.0.1"), "refill is capped at the burst");
        assertEquals("requestsPerSecond=2 (burst 3) per client", limiter.describe());
    }
}
