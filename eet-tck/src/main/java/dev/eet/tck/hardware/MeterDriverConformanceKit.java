package dev.eet.tck.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.eet.api.hardware.MeterDriver;
import dev.eet.api.hardware.MeterException;
import dev.eet.api.hardware.MeterTimeoutException;
import dev.eet.api.model.MeterReading;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Conformance kit for {@link MeterDriver} implementations (hardware.md section 3): counters monotonic, units,
 * timeouts honoured, errors reported, close releases the port, concurrent reads safe. A vendor's test is a few
 * lines naming the driver and a recorded or simulated device:
 *
 * <pre>{@code
 * class MyMeterConformanceTest extends MeterDriverConformanceKit {
 *     final InMemorySerialPort port = new InMemorySerialPort("mem0");
 *     final MyDeviceSimulator device = new MyDeviceSimulator(port.device());   // answers like the real meter
 *
 *     protected MeterDriver openDriver() { return new MyMeterDriver(port.open()); }
 *     protected void advanceDevice(Duration d) { device.advance(d); }
 *     protected void releaseDevices() { device.close(); }
 * }
 * }</pre>
 *
 * Override {@link #openDriverToSilentDevice} and {@link #openDriverToBrokenDevice} (e.g. with a fresh
 * {@link InMemorySerialPort} and nothing or {@link InMemorySerialPort#answerWithGarbage} at the other end) to run
 * the timeout and error checks; they are skipped, with a message saying so, when not provided.
 */
public abstract class MeterDriverConformanceKit {

    /**
     * Opens the driver under test against a healthy device. Called several times per test; the port must be
     * free again once the previous driver is closed.
     *
     * @return a new, open driver
     */
    protected abstract MeterDriver openDriver();

    /**
     * Moves the device's (virtual) time forward so that its counters advance. Default: nothing (a device that
     * runs in real time).
     *
     * @param duration how far
     */
    protected void advanceDevice(Duration duration) {
    }

    /**
     * @param timeout the response timeout to configure (with no retries)
     * @return a driver whose device never answers, or empty when the driver has no timeouts (pure simulations)
     */
    protected Optional<MeterDriver> openDriverToSilentDevice(Duration timeout) {
        return Optional.empty();
    }

    /** @return a driver whose device answers garbage, or empty when that cannot happen (pure simulations) */
    protected Optional<MeterDriver> openDriverToBrokenDevice() {
        return Optional.empty();
    }

    /** @return the largest |P| / (V * I) expected (default 1.1; 3.3 for three-phase meters reporting one phase) */
    protected BigDecimal powerRatio() {
        return new BigDecimal("1.1");
    }

    /** @return the tolerance on timing checks (default 2 s: machines are shared) */
    protected Duration slack() {
        return Duration.ofSeconds(2);
    }

    /** Stops devices and frees ports after each test and property; default nothing. */
    protected void releaseDevices() {
    }

    @AfterEach
    void releaseAfterTest() {
        releaseDevices();
    }

    @AfterProperty
    void releaseAfterProperty() {
        releaseDevices();
    }

    private void assertConforms(MeterDriver driver, MeterReading r) {
        List<String> v = MeterReadingChecks.unitViolations(r, driver.deviceId(), powerRatio());
        assertTrue(v.isEmpty(), () -> "reading " + r + ": " + v);
    }

    /** Readings carry the driver's id, a timestamp and plausible units. */
    @Nested
    class Readings {
        @Test
        void readingIsCompleteAndInCanonicalUnits() {
            try (MeterDriver d = openDriver()) {
                MeterReading r = d.read();
                assertNotNull(r.timestamp());
                assertNotNull(r.quality());
                assertConforms(d, r);
            }
        }

        @Test
        void deviceIdIsStableAcrossReads() {
            try (MeterDriver d = openDriver()) {
                String id = d.deviceId();
                assertEquals(id, d.read().deviceId());
                advanceDevice(Duration.ofMinutes(5));
                assertEquals(id, d.read().deviceId());
            }
        }
    }

    /** Counters never go back while the device runs. */
    @Nested
    class Counters {
        @Test
        void countersAreMonotonicOverADay() {
            try (MeterDriver d = openDriver()) {
                MeterReading prev = d.read();
                for (int i = 0; i < 24; i++) {
                    advanceDevice(Duration.ofMinutes(60));
                    MeterReading next = d.read();
                    List<String> v = MeterReadingChecks.monotonicViolations(prev, next);
                    assertTrue(v.isEmpty(), () -> v.toString());
                    assertConforms(d, next);
                    prev = next;
                }
            }
        }
    }

    /** A device that does not answer makes the read fail with a timeout naming the port, in time. */
    @Nested
    class Timeouts {
        @Test
        void silentDeviceTimesOutWithinTheTimeout() {
            Duration timeout = Duration.ofMillis(300);
            Optional<MeterDriver> silent = openDriverToSilentDevice(timeout);
            assumeTrue(silent.isPresent(), "no silent-device bench: timeouts not checked for this driver");
            try (MeterDriver d = silent.get()) {
                long start = System.nanoTime();
                MeterTimeoutException e = assertThrows(MeterTimeoutException.class, d::read);
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                assertTrue(took.compareTo(timeout.multipliedBy(9).dividedBy(10)) >= 0,
                        "gave up after " + took + ", before the " + timeout + " timeout");
                assertTrue(took.compareTo(timeout.plus(slack())) <= 0, "took " + took + " for a " + timeout + " timeout");
                assertFalse(e.port() == null || e.port().isBlank(), "the exception must name the port");
            }
        }
    }

    /** Garbage from the device is reported as a MeterException naming the port, never as another exception. */
    @Nested
    class Errors {
        @Test
        void brokenDeviceIsReportedAsMeterException() {
            Optional<MeterDriver> broken = openDriverToBrokenDevice();
            assumeTrue(broken.isPresent(), "no broken-device bench: error reporting not checked for this driver");
            try (MeterDriver d = broken.get()) {
                MeterException e = assertThrows(MeterException.class, d::read);
                assertFalse(e.port() == null || e.port().isBlank(), "the exception must name the port");
                assertTrue(e.getMessage().length() > e.port().length() + 2, "the message must say what failed");
            }
        }
    }

    /** Close releases the port: reads fail afterwards, close is idempotent, the port can be opened again. */
    @Nested
    class Close {
        @Test
        void readAfterCloseFails() {
            MeterDriver d = openDriver();
            d.read();
            d.close();
            assertThrows(MeterException.class, d::read);
            d.close();
        }

        @Test
        void portCanBeOpenedAgainAfterClose() {
            for (int i = 0; i < 3; i++) {
                try (MeterDriver d = openDriver()) {
                    assertConforms(d, d.read());
                }
            }
        }
    }

    /** Concurrent reads from several threads all succeed with valid readings. */
    @Nested
    class Concurrency {
        @Test
        void concurrentReadsAreSafe() throws Exception {
            try (MeterDriver d = openDriver()) {
                ExecutorService pool = Executors.newFixedThreadPool(4);
                try {
                    List<Future<List<MeterReading>>> futures = new ArrayList<>();
                    for (int t = 0; t < 4; t++) {
                        futures.add(pool.submit(() -> {
                            List<MeterReading> rs = new ArrayList<>();
                            for (int i = 0; i < 5; i++) {
                                rs.add(d.read());
                            }
                            return rs;
                        }));
                    }
                    for (Future<List<MeterReading>> f : futures) {
                        List<MeterReading> rs = f.get(60, TimeUnit.SECONDS);
                        for (int i = 0; i < rs.size(); i++) {
                            assertConforms(d, rs.get(i));
                            if (i > 0) {
                                List<String> v = MeterReadingChecks.monotonicViolations(rs.get(i - 1), rs.get(i));
                                assertTrue(v.isEmpty(), () -> v.toString());
                            }
                        }
                    }
                } finally {
                    pool.shutdownNow();
                }
            }
        }
    }

    /**
     * Counters are monotonic and units plausible whatever the device's time steps.
     *
     * @param stepsMinutes how far the device moves between reads
     */
    @Property(tries = 20)
    void countersMonotonicUnderAnyTimeSteps(@ForAll @Size(max = 12) List<@IntRange(min = 0, max = 360) Integer> stepsMinutes) {
        try (MeterDriver d = openDriver()) {
            MeterReading prev = d.read();
            for (int step : stepsMinutes) {
                advanceDevice(Duration.ofMinutes(step));
                MeterReading next = d.read();
                List<String> v = new ArrayList<>(MeterReadingChecks.monotonicViolations(prev, next));
                v.addAll(MeterReadingChecks.unitViolations(next, d.deviceId(), powerRatio()));
                if (!v.isEmpty()) {
                    fail("after " + step + " min: " + v);
                }
                prev = next;
            }
        }
    }
}
