package dev.eet.hardware.registers;

import dev.eet.api.hardware.Parity;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A device's register map, loaded from data ({@link RegisterMaps}): the serial defaults of the device and where
 * each quantity lives.
 *
 * @param name the map name, e.g. {@code sdm120}
 * @param description one line naming the device
 * @param baud the device's factory baud rate
 * @param parity the device's factory parity
 * @param stopBits the device's factory stop bits
 * @param points the register point of each quantity the device offers
 * @param relayOn raw value meaning "on" for a relay point
 * @param relayOff raw value meaning "off" for a relay point
 */
public record RegisterMap(String name, String description, int baud, Parity parity, int stopBits,
                          Map<Quantity, RegisterPoint> points, int relayOn, int relayOff) {

    /** Copies the points into an unmodifiable enum map. */
    public RegisterMap {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(parity, "parity");
        EnumMap<Quantity, RegisterPoint> copy = new EnumMap<>(Quantity.class);
        copy.putAll(points);
        points = Collections.unmodifiableMap(copy);
    }

    /**
     * @param quantity a quantity
     * @return its register point, if the device offers it
     */
    public Optional<RegisterPoint> point(Quantity quantity) {
        return Optional.ofNullable(points.get(quantity));
    }
}
