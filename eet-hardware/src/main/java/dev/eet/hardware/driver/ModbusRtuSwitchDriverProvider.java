package dev.eet.hardware.driver;

import dev.eet.api.hardware.SwitchDriver;
import dev.eet.api.hardware.SwitchDriverProvider;
import dev.eet.api.spi.Config;

/** {@code modbus-rtu}: a relay behind a holding register on an RS485 bus; the map needs a relay point. */
public final class ModbusRtuSwitchDriverProvider implements SwitchDriverProvider {
    @Override
    public String name() {
        return "modbus-rtu";
    }

    @Override
    public SwitchDriver create(Config config) {
        DriverSettings s = DriverSettings.from(config, true);
        SerialBuses.Lease lease = SerialBuses.acquire(s.config());
        try {
            return new ModbusSwitchDriver(s.config().deviceId(), s.map(), lease.master(), s.config().unitId(), lease);
        } catch (RuntimeException e) {
            lease.close();
            throw e;
        }
    }
}
