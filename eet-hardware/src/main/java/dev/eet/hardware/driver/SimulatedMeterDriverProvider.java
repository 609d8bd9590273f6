package dev.eet.hardware.driver;

import dev.eet.api.hardware.MeterDriver;
import dev.eet.api.hardware.MeterDriverProvider;
import dev.eet.api.spi.Config;
import dev.eet.hardware.sim.SimulatedMeter;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code simulated}: a simulated meter in the config's clock and seed. Keys: {@code deviceId} (default
 * {@code sim-KIND}), {@code kind} and the profile parameters of {@link SimulatedMeter#create}; the counters start
 * at zero at the clock's instant when the driver is created.
 */
public final class SimulatedMeterDriverProvider implements MeterDriverProvider {
    private static final Set<String> KEYS;

    static {
        Set<String> keys = new HashSet<>(SimulatedMeter.KEYS);
        keys.add("deviceId");
        keys.add("pollPeriod");
        KEYS = Set.copyOf(keys);
    }

    @Override
    public String name() {
        return "simulated";
    }

    @Override
    public String description() {
        return "simulated PV, household, battery, EV charger or grid meter in virtual time";
    }

    @Override
    public MeterDriver create(Config config) {
        config.requireOnly(KEYS);
        String deviceId = config.getString("deviceId", "sim-" + config.getString("kind", "pv"));
        return new SimulatedMeterDriver(SimulatedMeter.create(deviceId, config, config.clock().instant()), config.clock());
    }
}
