package dev.eet.hardware.driver;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.hardware.MeterException;
import dev.eet.api.hardware.SwitchDriver;
import dev.eet.hardware.modbus.ModbusRequest;
import dev.eet.hardware.modbus.ModbusTransport;
import dev.eet.hardware.registers.Quantity;
import dev.eet.hardware.registers.RegisterMap;
import dev.eet.hardware.registers.RegisterPoint;
import java.util.Objects;

/**
 * A relay behind a Modbus holding register: {@link #set(boolean)} writes the map's {@code relay.on} or
 * {@code relay.off} value with 0x06, {@link #isOn()} reads it back with the point's read function.
 */
public final class ModbusSwitchDriver implements SwitchDriver {
    private final String deviceId;
    private final RegisterMap map;
    private final RegisterPoint relay;
    private final ModbusTransport transport;
    private final int unit;
    private final AutoCloseable release;
    private volatile boolean closed;

    /**
     * @param deviceId the switch's id
     * @param map a map with a relay point
     * @param transport the bus
     * @param unit the unit id
     * @param release what {@link #close()} releases
     */
    public ModbusSwitchDriver(String deviceId, RegisterMap map, ModbusTransport transport, int unit,
                              AutoCloseable release) {
        this.deviceId = Objects.requireNonNull(deviceId, "deviceId");
        this.map = Objects.requireNonNull(map, "map");
        this.relay = map.point(Quantity.RELAY).orElseThrow(() -> new InvalidArgumentException(
                "register map " + map.name(), "relay", "a switch map needs a relay point"));
        this.transport = Objects.requireNonNull(transport, "transport");
        this.unit = unit;
        this.release = Objects.requireNonNull(release, "release");
    }

    @Override
    public String deviceId() {
        return deviceId;
    }

    @Override
    public void set(boolean on) {
        requireOpen();
        transport.execute(unit, new ModbusRequest.WriteRegister(relay.address(), on ? map.relayOn() : map.relayOff()));
    }

    @Override
    public boolean isOn() {
        requireOpen();
        int value = transport.readRegisters(unit, relay.function(), relay.address(), 1)[0];
        if (value == map.relayOn()) {
            return true;
        }
        if (value == map.relayOff()) {
            return false;
        }
        throw new MeterException(transport.name(), "unit " + unit + ": relay register holds " + value + ", neither on ("
                + map.relayOn() + ") nor off (" + map.relayOff() + ")");
    }

    private void requireOpen() {
        if (closed) {
            throw new MeterException(transport.name(), "switch " + deviceId + " is closed");
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            try {
                release.close();
            } catch (Exception e) {
                throw new MeterException(transport.name(), "closing failed: " + e.getMessage(), e);
            }
        }
    }
}
