package dev.eet.hardware.driver;

import dev.eet.api.hardware.MeterDriver;
import dev.eet.api.hardware.MeterDriverProvider;
import dev.eet.api.spi.Config;

/**
 * {@code modbus-rtu}: a meter on an RS485 bus through jSerialComm. Keys: {@code port} and {@code map} (required),
 * {@code unit}, {@code baud}, {@code parity}, {@code stopBits} (default: the map's factory settings),
 * {@code timeout}, {@code retries}, {@code rs485}, {@code echo}, {@code deviceId}, {@code pollPeriod}.
 */
public final class ModbusRtuMeterDriverProvider implements MeterDriverProvider {
    @Override
    public String name() {
        return "modbus-rtu";
    }

    @Override
    public String description() {
        return "Modbus RTU meter on a serial port (register map as data)";
    }

    @Override
    public MeterDriver create(Config config) {
        DriverSettings s = DriverSettings.from(config, true);
        SerialBuses.Lease lease = SerialBuses.acquire(s.config());
        try {
            return new ModbusMeterDriver(s.config().deviceId(), s.map(), lease.master(), s.config().unitId(),
                    config.clock(), lease);
        } catch (RuntimeException e) {
            lease.close();
            throw e;
        }
    }
}
