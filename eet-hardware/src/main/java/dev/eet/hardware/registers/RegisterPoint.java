package dev.eet.hardware.registers;

import dev.eet.api.InvalidArgumentException;
import dev.eet.hardware.modbus.FunctionCode;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Where and how one quantity is stored: {@code canonical value = raw * scale * unitFactor}, where raw is the
 * register value read as {@code type} in {@code order}, and unitFactor converts {@code unit} to the quantity's
 * canonical unit.
 *
 * @param quantity what the register holds
 * @param function 0x03 (holding) or 0x04 (input)
 * @param address the first register
 * @param type the data type
 * @param order the word order (ignored for 16-bit types)
 * @param scale the factor from raw value to {@code unit}; may be negative to flip a sign convention
 * @param unit the device unit, e.g. {@code W} or {@code kWh}
 */
public record RegisterPoint(Quantity quantity, FunctionCode function, int address, DataType type, WordOrder order,
                            BigDecimal scale, String unit) {

    /** @throws InvalidArgumentException naming the field when invalid */
    public RegisterPoint {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(unit, "unit");
        String subject = "register point " + quantity.key();
        if (function != FunctionCode.READ_HOLDING_REGISTERS && function != FunctionCode.READ_INPUT_REGISTERS) {
            throw new InvalidArgumentException(subject, "function", "must be 3 or 4, was " + function);
        }
        if (address < 0 || address + type.registers() > 0x10000) {
            throw new InvalidArgumentException(subject, "address", "must be 0 to 65535, was " + address);
        }
        if (scale.signum() == 0) {
            throw new InvalidArgumentException(subject, "scale", "must not be zero");
        }
        quantity.factor(unit, subject);
    }

    /** @return the factor from raw value to the canonical unit: scale times the unit factor */
    public BigDecimal canonicalFactor() {
        return scale.multiply(quantity.factor(unit, "register point " + quantity.key()));
    }
}
