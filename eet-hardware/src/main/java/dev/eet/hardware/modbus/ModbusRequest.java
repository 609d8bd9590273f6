package dev.eet.hardware.modbus;

import dev.eet.api.InvalidArgumentException;
import java.util.Arrays;

/**
 * A Modbus request PDU (function code + data), independent of the RTU or TCP framing around it.
 */
public sealed interface ModbusRequest permits ModbusRequest.ReadRegisters, ModbusRequest.WriteRegister,
        ModbusRequest.WriteRegisters {

    /** Most registers one read may ask for (Modbus application protocol 1.1b3, 6.3). */
    int MAX_READ = 125;
    /** Most registers one 0x10 write may carry. */
    int MAX_WRITE = 123;

    /** @return the function code */
    FunctionCode function();

    /** @return the PDU bytes */
    byte[] pdu();

    /** @return the length of a normal (non-exception) response PDU */
    int responseLength();

    /** @return a short description for error messages, e.g. {@code "read of 2 input registers at 0x0048"} */
    String describe();

    /**
     * 0x03 / 0x04: read {@code count} registers from {@code address}.
     *
     * @param function READ_HOLDING_REGISTERS or READ_INPUT_REGISTERS
     * @param address first register, 0 to 65535
     * @param count 1 to 125 registers, not past 65535
     */
    record ReadRegisters(FunctionCode function, int address, int count) implements ModbusRequest {
        /** @throws InvalidArgumentException when a field is out of range */
        public ReadRegisters {
            if (function != FunctionCode.READ_HOLDING_REGISTERS && function != FunctionCode.READ_INPUT_REGISTERS) {
                throw new InvalidArgumentException("modbus read", "function", "must be 0x03 or 0x04, was " + function);
            }
            checkAddress("modbus read", address);
            if (count < 1 || count > MAX_READ || address + count > 0x10000) {
                throw new InvalidArgumentException("modbus read", "count",
                        "must be 1 to " + MAX_READ + " and stay below 0x10000, was " + count);
            }
        }

        @Override
        public byte[] pdu() {
            return new byte[] {(byte) function.code(), (byte) (address >>> 8), (byte) address, (byte) (count >>> 8),
                    (byte) count};
        }

        @Override
        public int responseLength() {
            return 2 + 2 * count;
        }

        @Override
        public String describe() {
            return String.format("read of %d %s register%s at 0x%04X", count, function.table(), count == 1 ? "" : "s",
                    address);
        }
    }

    /**
     * 0x06: write one holding register.
     *
     * @param address the register
     * @param value 0 to 65535
     */
    record WriteRegister(int address, int value) implements ModbusRequest {
        /** @throws InvalidArgumentException when a field is out of range */
        public WriteRegister {
            checkAddress("modbus write", address);
            checkValue(value);
        }

        @Override
        public FunctionCode function() {
            return FunctionCode.WRITE_SINGLE_REGISTER;
        }

        @Override
        public byte[] pdu() {
            return new byte[] {0x06, (byte) (address >>> 8), (byte) address, (byte) (value >>> 8), (byte) value};
        }

        @Override
        public int responseLength() {
            return 5;
        }

        @Override
        public String describe() {
            return String.format("write of 0x%04X to holding register 0x%04X", value, address);
        }
    }

    /**
     * 0x10: write consecutive holding registers.
     *
     * @param address the first register
     * @param values 1 to 123 values, each 0 to 65535 (copied)
     */
    record WriteRegisters(int address, int[] values) implements ModbusRequest {
        /** @throws InvalidArgumentException when a field is out of range */
        public WriteRegisters {
            checkAddress("modbus write", address);
            values = values.clone();
            if (values.length < 1 || values.length > MAX_WRITE || address + values.length > 0x10000) {
                throw new InvalidArgumentException("modbus write", "values",
                        "must hold 1 to " + MAX_WRITE + " registers below 0x10000, had " + values.length);
            }
            for (int v : values) {
                checkValue(v);
            }
        }

        @Override
        public int[] values() {
            return values.clone();
        }

        @Override
        public FunctionCode function() {
            return FunctionCode.WRITE_MULTIPLE_REGISTERS;
        }

        @Override
        public byte[] pdu() {
            byte[] pdu = new byte[6 + 2 * values.length];
            pdu[0] = 0x10;
            pdu[1] = (byte) (address >>> 8);
            pdu[2] = (byte) address;
            pdu[3] = (byte) (values.length >>> 8);
            pdu[4] = (byte) values.length;
            pdu[5] = (byte) (2 * values.length);
            for (int i = 0; i < values.length; i++) {
                pdu[6 + 2 * i] = (byte) (values[i] >>> 8);
                pdu[7 + 2 * i] = (byte) values[i];
            }
            return pdu;
        }

        @Override
        public int responseLength() {
            return 5;
        }

        @Override
        public String describe() {
            return String.format("write of %d holding registers at 0x%04X", values.length, address);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof WriteRegisters w && w.address == address && Arrays.equals(w.values, values);
        }

        @Override
        public int hashCode() {
            return 31 * address + Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return "WriteRegisters[address=" + address + ", values=" + Arrays.toString(values) + "]";
        }
    }

    private static void checkAddress(String subject, int address) {
        if (address < 0 || address > 0xFFFF) {
            throw new InvalidArgumentException(subject, "address", "must be 0 to 65535, was " + address);
        }
    }

    private static void checkValue(int value) {
        if (value < 0 || value > 0xFFFF) {
            throw new InvalidArgumentException("modbus write", "value", "must be 0 to 65535, was " + value);
        }
    }
}
