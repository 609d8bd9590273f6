package dev.eet.hardware.modbus;

import dev.eet.api.InvalidArgumentException;

/** The Modbus function codes EET speaks. */
public enum FunctionCode {
    /** 0x03: read holding registers. */
    READ_HOLDING_REGISTERS(0x03, "holding"),
    /** 0x04: read input registers. */
    READ_INPUT_REGISTERS(0x04, "input"),
    /** 0x06: write a single holding register. */
    WRITE_SINGLE_REGISTER(0x06, "holding"),
    /** 0x10: write multiple holding registers. */
    WRITE_MULTIPLE_REGISTERS(0x10, "holding");

    private final int code;
    private final String table;

    FunctionCode(int code, String table) {
        this.code = code;
        this.table = table;
    }

    /** @return the function code byte */
    public int code() {
        return code;
    }

    /** @return which register table the function addresses ({@code holding} or {@code input}) */
    public String table() {
        return table;
    }

    /**
     * @param code a function code byte
     * @return the function, or null if EET does not speak it
     */
    public static FunctionCode find(int code) {
        for (FunctionCode f : values()) {
            if (f.code == code) {
                return f;
            }
        }
        return null;
    }

    /**
     * @param code 3 or 4
     * @param subject for the error message
     * @return the read function
     * @throws InvalidArgumentException unless the code is 3 or 4
     */
    public static FunctionCode read(int code, String subject) {
        if (code == 3) {
            return READ_HOLDING_REGISTERS;
        }
        if (code == 4) {
            return READ_INPUT_REGISTERS;
        }
        throw new InvalidArgumentException(subject, "function", "must be 3 (holding) or 4 (input), was " + code);
    }

    @Override
    public String toString() {
        return String.format("0x%02X", code);
    }
}
