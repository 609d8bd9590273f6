package dev.eet.hardware.driver;

import dev.eet.api.hardware.MeterDriver;
import dev.eet.api.hardware.MeterException;
import dev.eet.api.model.MeterReading;
import dev.eet.hardware.sim.SimulatedMeter;
import java.time.Clock;
import java.util.Objects;

/** A {@link MeterDriver} over a {@link SimulatedMeter}, read at the clock's (virtual) instant. */
public final class SimulatedMeterDriver implements MeterDriver {
    private final SimulatedMeter meter;
    private final Clock clock;
    private volatile boolean closed;

    /**
     * @param meter the simulated meter
     * @param clock the virtual clock
     */
    public SimulatedMeterDriver(SimulatedMeter meter, Clock clock) {
        this.meter = Objects.requireNonNull(meter, "meter");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String deviceId() {
        return meter.deviceId();
    }

    /** @return the simulated meter */
    public SimulatedMeter meter() {
        return meter;
    }

    @Override
    public MeterReading read() {
        if (closed) {
            throw new MeterException("simulated:" + meter.deviceId(), "meter is closed");
        }
        return meter.readAt(clock.instant());
    }

    @Override
    public void close() {
        closed = true;
    }
}
