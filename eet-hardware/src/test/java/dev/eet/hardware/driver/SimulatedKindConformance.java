package dev.eet.hardware.driver;

import dev.eet.api.hardware.MeterDriver;
import dev.eet.api.hardware.MeterDriverProvider;
import dev.eet.api.spi.Config;
import dev.eet.api.spi.ProviderRegistry;
import dev.eet.hardware.sim.ManualClock;
import dev.eet.tck.hardware.MeterDriverConformanceKit;
import java.time.Duration;
import java.time.Instant;

/**
 * The vendor kit run against one simulated meter kind through the {@code simulated} provider (timeouts and garbage
 * do not apply: there is no port, so those groups are skipped with a message).
 */
abstract class SimulatedKindConformance extends MeterDriverConformanceKit {
    private final ManualClock clock = new ManualClock(Instant.parse("2024-06-01T00:00:00Z"));

    abstract String kind();

    @Override
    protected MeterDriver openDriver() {
        return ProviderRegistry.load(MeterDriverProvider.class).get("simulated").create(
                Config.builder("sim " + kind()).put("kind", kind()).seed(42).clock(clock).build());
    }

    @Override
    protected void advanceDevice(Duration duration) {
        clock.advance(duration);
    }
}
