package dev.eet.api.hardware;

import dev.eet.api.spi.Provider;

/**
 * {@link java.util.ServiceLoader} service type for meter drivers; {@link #name()} is the scheme name
 * (e.g. {@code "modbus-rtu"}, {@code "simulated"}).
 */
public interface MeterDriverProvider extends Provider<MeterDriver> {
}
