package dev.eet.hardware.sim;

import dev.eet.api.model.MeterReading;
import dev.eet.hardware.modbus.FunctionCode;
import dev.eet.hardware.modbus.ModbusExceptionCode;
import dev.eet.hardware.modbus.RegisterBank;
import dev.eet.hardware.modbus.RequestRefusedException;
import dev.eet.hardware.registers.Quantity;
import dev.eet.hardware.registers.RegisterCodec;
import dev.eet.hardware.registers.RegisterMap;
import dev.eet.hardware.registers.RegisterPoint;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Serves a meter's readings as the registers of a {@link RegisterMap}: each read takes a fresh reading and encodes
 * every point of the requested table ({@link RegisterCodec#encode}). Reads inside the span of the map's points
 * return 0 for registers no point covers (as most meters do); reads outside it are refused with
 * ILLEGAL_DATA_ADDRESS; writes are refused with ILLEGAL_FUNCTION (the meter is read-only); a value the register
 * cannot hold answers SERVER_DEVICE_FAILURE.
 */
public final class MeterRegisterBank implements RegisterBank {
    private static final BigDecimal FREQUENCY = new BigDecimal("50.00");
    private final RegisterMap map;
    private final Supplier<MeterReading> readings;

    /**
     * @param map the register map to serve
     * @param readings the source of readings (e.g. a simulated meter at a clock's instant)
     */
    public MeterRegisterBank(RegisterMap map, Supplier<MeterReading> readings) {
        this.map = Objects.requireNonNull(map, "map");
        this.readings = Objects.requireNonNull(readings, "readings");
    }

    /**
     * @param map the register map
     * @param reading a reading
     * @param quantity the quantity
     * @return the value of the quantity in the reading, canonical unit
     */
    public static BigDecimal valueOf(RegisterMap map, MeterReading reading, Quantity quantity) {
        return switch (quantity) {
            case IMPORT_ENERGY -> reading.importEnergy().toKwh();
            case EXPORT_ENERGY -> reading.exportEnergy().toKwh();
            case ACTIVE_POWER -> reading.activePower().toKw();
            case VOLTAGE -> reading.voltage();
            case CURRENT -> reading.current();
            case FREQUENCY -> FREQUENCY;
            case RELAY -> BigDecimal.valueOf(map.relayOff());
        };
    }

    @Override
    public int[] read(FunctionCode function, int address, int count) {
        int low = Integer.MAX_VALUE;
        int high = Integer.MIN_VALUE;
        for (RegisterPoint p : map.points().values()) {
            if (p.function() == function) {
                low = Math.min(low, p.address());
                high = Math.max(high, p.address() + p.type().registers());
            }
        }
        if (address < low || address + count > high) {
            throw new RequestRefusedException(ModbusExceptionCode.ILLEGAL_DATA_ADDRESS,
                    String.format("%s registers 0x%04X..0x%04X outside 0x%04X..0x%04X", function.table(), address,
                            address + count - 1, low, high - 1));
        }
        MeterReading reading = readings.get();
        int[] out = new int[count];
        for (RegisterPoint p : map.points().values()) {
            if (p.function() != function) {
                continue;
            }
            int[] regs;
            try {
                regs = RegisterCodec.encode(p, valueOf(map, reading, p.quantity()));
            } catch (IllegalArgumentException e) {
                throw new RequestRefusedException(ModbusExceptionCode.SERVER_DEVICE_FAILURE, e.getMessage());
            }
            for (int i = 0; i < regs.length; i++) {
                int a = p.address() + i;
                if (a >= address && a < address + count) {
                    out[a - address] = regs[i];
                }
            }
        }
        return out;
    }

    @Override
    public void write(int address, int[] values) {
        throw new RequestRefusedException(ModbusExceptionCode.ILLEGAL_FUNCTION, "the meter is read-only");
    }
}
