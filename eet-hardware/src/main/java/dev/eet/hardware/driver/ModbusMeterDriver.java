package dev.eet.hardware.driver;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.hardware.MeterDriver;
import dev.eet.api.hardware.MeterException;
import dev.eet.api.model.MeterReading;
import dev.eet.api.model.ReadingQuality;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Power;
import dev.eet.hardware.modbus.ModbusTransport;
import dev.eet.hardware.registers.Quantity;
import dev.eet.hardware.registers.RegisterCodec;
import dev.eet.hardware.registers.RegisterMap;
import dev.eet.hardware.registers.RegisterPoint;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Reads a meter described by a {@link RegisterMap} over any {@link ModbusTransport} (RTU or TCP): one read
 * request per point, decoded exactly by {@link RegisterCodec}. A reading is taken under a lock, so concurrent
 * callers get whole readings; the transport serialises transactions on the bus. Energy and power round HALF_EVEN to
 * 6 decimals (1 mWh, 1 mW); voltage and current are the exact decimals decoded. A missing export counter (one-way
 * meters) reads as zero.
 */
public final class ModbusMeterDriver implements MeterDriver {
    private final String deviceId;
    private final RegisterMap map;
    private final ModbusTransport transport;
    private final int unit;
    private final Clock clock;
    private final AutoCloseable release;
    private final ReentrantLock lock = new ReentrantLock(true);
    private volatile boolean closed;

    /**
     * @param deviceId the id readings carry
     * @param map the register map; must have activePower, voltage, current and at least one energy counter
     * @param transport the bus
     * @param unit the unit id, 1 to 247
     * @param clock timestamps readings
     * @param release what {@link #close()} releases (the bus lease or the transport itself)
     * @throws InvalidArgumentException naming the map and the missing quantity
     */
    public ModbusMeterDriver(String deviceId, RegisterMap map, ModbusTransport transport, int unit, Clock clock,
                             AutoCloseable release) {
        this.deviceId = Objects.requireNonNull(deviceId, "deviceId");
        this.map = Objects.requireNonNull(map, "map");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.unit = unit;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.release = Objects.requireNonNull(release, "release");
        for (Quantity q : new Quantity[] {Quantity.ACTIVE_POWER, Quantity.VOLTAGE, Quantity.CURRENT}) {
            if (map.point(q).isEmpty()) {
                throw new InvalidArgumentException("register map " + map.name(), q.key(), "a meter map needs this point");
            }
        }
        if (map.point(Quantity.IMPORT_ENERGY).isEmpty() && map.point(Quantity.EXPORT_ENERGY).isEmpty()) {
            throw new InvalidArgumentException("register map " + map.name(), "importEnergy",
                    "a meter map needs an import or export energy counter");
        }
        if (unit < 1 || unit > 247) {
            throw new InvalidArgumentException("meter " + deviceId, "unit", "must be 1 to 247, was " + unit);
        }
    }

    @Override
    public String deviceId() {
        return deviceId;
    }

    /** @return the register map */
    public RegisterMap map() {
        return map;
    }

    @Override
    public MeterReading read() {
        lock.lock();
        try {
            if (closed) {
                throw new MeterException(transport.name(), "meter " + deviceId + " is closed");
            }
            var timestamp = clock.instant();
            Map<Quantity, BigDecimal> values = new EnumMap<>(Quantity.class);
            for (Quantity q : new Quantity[] {Quantity.IMPORT_ENERGY, Quantity.EXPORT_ENERGY, Quantity.ACTIVE_POWER,
                    Quantity.VOLTAGE, Quantity.CURRENT}) {
                RegisterPoint p = map.points().get(q);
                if (p == null) {
                    values.put(q, BigDecimal.ZERO);
                    continue;
                }
                int[] regs = transport.readRegisters(unit, p.function(), p.address(), p.type().registers());
                try {
                    values.put(q, RegisterCodec.decode(p, regs));
                } catch (ArithmeticException e) {
                    throw new MeterException(transport.name(), "unit " + unit + ": " + q.key() + ": " + e.getMessage());
                }
            }
            for (Quantity q : new Quantity[] {Quantity.IMPORT_ENERGY, Quantity.EXPORT_ENERGY}) {
                if (values.get(q).signum() < 0) {
                    throw new MeterException(transport.name(), "unit " + unit + ": " + q.key()
                            + " counter decoded negative (" + values.get(q) + " kWh): check the register map");
                }
            }
            return new MeterReading(deviceId, timestamp, Energy.ofKwh(values.get(Quantity.IMPORT_ENERGY)),
                    Energy.ofKwh(values.get(Quantity.EXPORT_ENERGY)), Power.ofKw(values.get(Quantity.ACTIVE_POWER)),
                    values.get(Quantity.VOLTAGE), values.get(Quantity.CURRENT), ReadingQuality.GOOD);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            release.close();
        } catch (Exception e) {
            throw new MeterException(transport.name(), "closing failed: " + e.getMessage(), e);
        }
    }
}
