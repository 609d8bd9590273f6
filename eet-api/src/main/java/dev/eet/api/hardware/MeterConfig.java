package dev.eet.api.hardware;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.spi.Config;
import java.time.Duration;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The typed configuration of a meter or switch driver, built from a {@link Config} by {@link #from(Config, Set)}.
 * Keys (all optional unless the driver needs them): {@code port}, {@code baud} (9600), {@code parity}
 * ({@code none}), {@code stopBits} (1), {@code unit} (Modbus unit id, 1), {@code map} (register map name or
 * file), {@code pollPeriod} (PT10S), {@code timeout} (response timeout, 1000 ms), {@code retries} (2),
 * {@code rs485} (false: let the adapter drive DE/RE itself), {@code echo} (false: skip the echo of our own
 * request on half-duplex adapters that loop it back), {@code deviceId} (default: {@code port#unit}).
 *
 * @param port the serial port (e.g. {@code /dev/ttyUSB0}) or network address ({@code host:port}); may be empty
 *        for drivers without a port
 * @param baud bits per second, positive
 * @param parity serial parity
 * @param stopBits 1 or 2
 * @param unitId Modbus unit (slave) id, 0 to 247
 * @param registerMap the register map name or file path; may be empty
 * @param pollPeriod how often a scheduler should read the meter, positive
 * @param responseTimeout how long to wait for a response, positive
 * @param retries how many times to repeat a failed transaction, 0 or more
 * @param rs485 whether to switch the port into kernel RS485 mode (RTS drives the transceiver)
 * @param echo whether the adapter echoes transmitted bytes that must be skipped
 * @param deviceId the id readings carry
 */
public record MeterConfig(String port, int baud, Parity parity, int stopBits, int unitId, String registerMap,
                          Duration pollPeriod, Duration responseTimeout, int retries, boolean rs485, boolean echo,
                          String deviceId) {

    /** The keys {@link #from(Config, Set)} understands. */
    public static final Set<String> KEYS = Set.of("port", "baud", "parity", "stopBits", "unit", "map", "pollPeriod",
            "timeout", "retries", "rs485", "echo", "deviceId");

    /** @throws InvalidArgumentException naming the field when a value is out of range */
    public MeterConfig {
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(parity, "parity");
        Objects.requireNonNull(registerMap, "registerMap");
        Objects.requireNonNull(pollPeriod, "pollPeriod");
        Objects.requireNonNull(responseTimeout, "responseTimeout");
        Objects.requireNonNull(deviceId, "deviceId");
        String subject = "meter config " + (port.isEmpty() ? deviceId : port);
        if (baud <= 0) {
            throw new InvalidArgumentException(subject, "baud", "must be positive, was " + baud);
        }
        if (stopBits != 1 && stopBits != 2) {
            throw new InvalidArgumentException(subject, "stopBits", "must be 1 or 2, was " + stopBits);
        }
        if (unitId < 0 || unitId > 247) {
            throw new InvalidArgumentException(subject, "unit", "must be 0 to 247, was " + unitId);
        }
        if (pollPeriod.isNegative() || pollPeriod.isZero()) {
            throw new InvalidArgumentException(subject, "pollPeriod", "must be positive, was " + pollPeriod);
        }
        if (responseTimeout.isNegative() || responseTimeout.isZero()) {
            throw new InvalidArgumentException(subject, "timeout", "must be positive, was " + responseTimeout);
        }
        if (retries < 0) {
            throw new InvalidArgumentException(subject, "retries", "must not be negative, was " + retries);
        }
        if (deviceId.isBlank()) {
            throw new InvalidArgumentException(subject, "deviceId", "must not be blank");
        }
    }

    /**
     * Reads the configuration, rejecting keys that are neither in {@link #KEYS} nor in {@code driverKeys}.
     *
     * @param config the raw configuration
     * @param driverKeys extra keys the driver understands (e.g. {@code kind} for simulated meters)
     * @return the typed configuration
     * @throws InvalidArgumentException naming the config's subject and the offending key
     */
    public static MeterConfig from(Config config, Set<String> driverKeys) {
        Set<String> known = new HashSet<>(KEYS);
        known.addAll(driverKeys);
        config.requireOnly(known);
        String port = config.getString("port", "");
        int unit = config.getInt("unit", 1);
        String defaultId = port.isEmpty() ? "meter#" + unit : port + "#" + unit;
        return new MeterConfig(port, config.getInt("baud", 9600),
                Parity.parse(config.getString("parity", "none"), config.subject()), config.getInt("stopBits", 1),
                unit, config.getString("map", ""), config.getDuration("pollPeriod", Duration.ofSeconds(10)),
                config.getDuration("timeout", Duration.ofMillis(1000)), config.getInt("retries", 2),
                config.getBoolean("rs485", false), config.getBoolean("echo", false),
                config.getString("deviceId", defaultId));
    }

    /**
     * @param config the raw configuration
     * @return {@link #from(Config, Set)} with no driver-specific keys
     */
    public static MeterConfig from(Config config) {
        return from(config, Set.of());
    }
}
