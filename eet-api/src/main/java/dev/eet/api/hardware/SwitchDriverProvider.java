package dev.eet.api.hardware;

import dev.eet.api.spi.Provider;

/**
 * {@link java.util.ServiceLoader} service type for switch (relay) drivers; {@link #name()} is the scheme name
 * (e.g. {@code "modbus-rtu"}, {@code "simulated"}).
 */
public interface SwitchDriverProvider extends Provider<SwitchDriver> {
}
