package dev.eet.hardware.driver;

import dev.eet.api.hardware.MeterException;
import dev.eet.api.hardware.SwitchDriver;
import java.util.Objects;

/** A simulated relay: remembers its state; off when created. Thread-safe. */
public final class SimulatedSwitchDriver implements SwitchDriver {
    private final String deviceId;
    private boolean on;
    private boolean closed;

    /** @param deviceId the switch's id */
    public SimulatedSwitchDriver(String deviceId) {
        this.deviceId = Objects.requireNonNull(deviceId, "deviceId");
    }

    @Override
    public String deviceId() {
        return deviceId;
    }

    @Override
    public synchronized void set(boolean on) {
        requireOpen();
        this.on = on;
    }

    @Override
    public synchronized boolean isOn() {
        requireOpen();
        return on;
    }

    private void requireOpen() {
        if (closed) {
            throw new MeterException("simulated:" + deviceId, "switch is closed");
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
    }
}
