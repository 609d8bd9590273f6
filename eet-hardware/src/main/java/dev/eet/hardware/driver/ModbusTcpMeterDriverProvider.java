package dev.eet.hardware.driver;

import dev.eet.api.hardware.MeterDriver;
import dev.eet.api.hardware.MeterDriverProvider;
import dev.eet.api.spi.Config;
import dev.eet.hardware.modbus.ModbusTcpMaster;

/**
 * {@code modbus-tcp}: a meter behind a Modbus TCP server or gateway. {@code port} is {@code host:port};
 * {@code map} and {@code unit} as for RTU; {@code timeout} and {@code retries} apply.
 */
public final class ModbusTcpMeterDriverProvider implements MeterDriverProvider {
    @Override
    public String name() {
        return "modbus-tcp";
    }

    @Override
    public String description() {
        return "Modbus TCP meter or RTU-over-TCP gateway (register map as data)";
    }

    @Override
    public MeterDriver create(Config config) {
        DriverSettings s = DriverSettings.from(config, true);
        ModbusTcpMaster master = ModbusTcpMaster.parse(s.config().port(), s.config().responseTimeout(),
                s.config().retries());
        return new ModbusMeterDriver(s.config().deviceId(), s.map(), master, s.config().unitId(), config.clock(), master);
    }
}
