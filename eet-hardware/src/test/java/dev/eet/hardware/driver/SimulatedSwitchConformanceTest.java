package dev.eet.hardware.driver;

import dev.eet.api.hardware.SwitchDriver;
import dev.eet.api.hardware.SwitchDriverProvider;
import dev.eet.api.spi.Config;
import dev.eet.api.spi.ProviderRegistry;
import dev.eet.tck.hardware.SwitchDriverConformanceKit;

/** The simulated relay passes the switch kit. */
class SimulatedSwitchConformanceTest extends SwitchDriverConformanceKit {
    @Override
    protected SwitchDriver openSwitch() {
        return ProviderRegistry.load(SwitchDriverProvider.class).get("simulated").create(Config.builder("switch").build());
    }
}
