package dev.eet.hardware.driver;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.eet.api.hardware.MeterDriver;
import dev.eet.api.model.MeterReading;
import dev.eet.api.spi.Config;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Power;
import dev.eet.hardware.sim.ManualClock;
import dev.eet.hardware.sim.SimulatedMeter;
import dev.eet.tck.hardware.MeterDriverConformanceKit;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.engine.TestExecutionResult;

/** The vendor kit fails a broken driver (and passes the same device behind a correct one), so it can fail. */
class KitCatchesBrokenDriverTest {

    /** A driver that reports watts as kW, lets counters wrap back, and ignores close. */
    static final class BrokenDriver implements MeterDriver {
        private final SimulatedMeter meter;
        private final ManualClock clock;

        BrokenDriver(SimulatedMeter meter, ManualClock clock) {
            this.meter = meter;
            this.clock = clock;
        }

        @Override
        public String deviceId() {
            return meter.deviceId();
        }

        @Override
        public synchronized MeterReading read() {
            MeterReading r = meter.readAt(clock.instant());
            long imp = r.importEnergy().microKwh() % 2_000_000;
            return new MeterReading(r.deviceId(), r.timestamp(), Energy.ofMicroKwh(imp), r.exportEnergy(),
                    new Power(r.activePower().microKw() * 1000), r.voltage(), r.current(), r.quality());
        }

        @Override
        public void close() {
            // broken: does not close
        }
    }

    /** The kit run against the broken driver; run only by this test (not a surefire class: it is nested). */
    static class BrokenKitRun extends MeterDriverConformanceKit {
        final ManualClock clock = new ManualClock(Instant.parse("2024-06-01T00:00:00Z"));
        final SimulatedMeter meter = SimulatedMeter.create("hh", Config.builder("sim").put("kind", "household").seed(1).build(),
                clock.instant());

        @Override
        protected MeterDriver openDriver() {
            return new BrokenDriver(meter, clock);
        }

        @Override
        protected void advanceDevice(Duration d) {
            clock.advance(d);
        }
    }

    @Test
    void kitReportsTheBrokenDriversFaults() {
        Set<String> failed = new TreeSet<>();
        Launcher launcher = LauncherFactory.create();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(BrokenKitRun.class)).build();
        launcher.execute(request, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (id.isTest() && result.getStatus() == TestExecutionResult.Status.FAILED) {
                    failed.add(id.getDisplayName());
                }
            }
        });
        assertTrue(failed.contains("readingIsCompleteAndInCanonicalUnits()"), "units not caught: " + failed);
        assertTrue(failed.contains("countersAreMonotonicOverADay()"), "counter wrap not caught: " + failed);
        assertTrue(failed.contains("readAfterCloseFails()"), "read after close not caught: " + failed);
        assertTrue(failed.stream().anyMatch(n -> n.startsWith("countersMonotonicUnderAnyTimeSteps")),
                "property did not fail: " + failed);
    }
}
