package dev.eet.hardware.driver;

import dev.eet.api.hardware.SwitchDriver;
import dev.eet.api.hardware.SwitchDriverProvider;
import dev.eet.api.spi.Config;
import java.util.Set;

/** {@code simulated}: an in-memory relay; key {@code deviceId} (default {@code sim-switch}). */
public final class SimulatedSwitchDriverProvider implements SwitchDriverProvider {
    @Override
    public String name() {
        return "simulated";
    }

    @Override
    public String description() {
        return "simulated relay (remembers its state)";
    }

    @Override
    public SwitchDriver create(Config config) {
        config.requireOnly(Set.of("deviceId"));
        return new SimulatedSwitchDriver(config.getString("deviceId", "sim-switch"));
    }
}
