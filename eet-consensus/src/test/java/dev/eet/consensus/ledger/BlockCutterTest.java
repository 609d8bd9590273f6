package dev.eet.consensus.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.TransactionEnvelope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class BlockCutterTest {
    /** A clock tests move by hand. */
    static final class ManualClock extends Clock {
        long millis = 1_000_000;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }
    }

    private final ManualClock clock = new ManualClock();

    @Test
    void cutsWhenMaxMessageCountIsReached() {
        BlockCutter c = new BlockCutter(3, Duration.ofSeconds(10), clock);
        c.offer(TestChains.tx(1));
        c.offer(TestChains.tx(2));
        assertTrue(c.cut().isEmpty(), "2 < MMC and MBT not elapsed");
        c.offer(TestChains.tx(3));
        c.offer(TestChains.tx(4));
        List<TransactionEnvelope> batch = c.cut().orElseThrow();
        assertEquals(List.of(TestChains.tx(1), TestChains.tx(2), TestChains.tx(3)), batch, "first MMC, in order");
        assertEquals(1, c.pendingCount());
    }

    @Test
    void cutsWhenMaxBatchTimeElapsesSinceTheFirstTransaction() {
        BlockCutter c = new BlockCutter(100, Duration.ofMillis(200), clock);
        c.offer(TestChains.tx(1));
        assertEquals(OptionalLong.of(1_000_200), c.nextDeadline());
        clock.millis += 150;
        c.offer(TestChains.tx(2));
        assertTrue(c.cut().isEmpty());
        clock.millis += 49;
        assertTrue(c.cut().isEmpty(), "199 ms after the first transaction");
        clock.millis += 1;
        assertEquals(List.of(TestChains.tx(1), TestChains.tx(2)), c.cut().orElseThrow());
        assertTrue(c.nextDeadline().isEmpty());
    }

    @Test
    void limitsCanBeChangedAtRunTime() {
        BlockCutter c = new BlockCutter(10, Duration.ofSeconds(5), clock);
        for (int i = 0; i < 4; i++) {
            c.offer(TestChains.tx(i));
        }
        assertTrue(c.cut().isEmpty());
        c.setMaxMessageCount(2);
        assertEquals(2, c.cut().orElseThrow().size());
        assertEquals(2, c.cut().orElseThrow().size());
        c.offer(TestChains.tx(9));
        assertTrue(c.cut().isEmpty());
        c.setMaxBatchTime(Duration.ZERO);
        assertEquals(1, c.cut().orElseThrow().size());
    }

    @Test
    void duplicatesAreNotQueuedTwiceAndRemovedOnesLeave() {
        BlockCutter c = new BlockCutter(10, Duration.ofSeconds(5), clock);
        assertTrue(c.offer(TestChains.tx(1)));
        assertFalse(c.offer(TestChains.tx(1)));
        c.offer(TestChains.tx(2));
        c.remove(List.of(TestChains.tx(1).id()));
        assertEquals(List.of(TestChains.tx(2)), c.pendingTransactions());
    }

    @Test
    void invalidLimitsAreNamed() {
        BlockCutter c = new BlockCutter(1, Duration.ZERO, clock);
        assertEquals("maxMessageCount", assertThrows(InvalidArgumentException.class, () -> c.setMaxMessageCount(0)).field());
        assertEquals("maxBatchTime",
                assertThrows(InvalidArgumentException.class, () -> c.setMaxBatchTime(Duration.ofMillis(-1))).field());
    }
}
