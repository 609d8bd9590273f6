package dev.eet.hardware.registers;

import dev.eet.api.InvalidArgumentException;
import java.util.Locale;

/** How the bits of one register value are read. */
public enum DataType {
    /** Unsigned 16-bit integer, one register. */
    U16(1),
    /** Signed (two's complement) 16-bit integer, one register. */
    S16(1),
    /** Unsigned 32-bit integer, two registers. */
    U32(2),
    /** Signed 32-bit integer, two registers. */
    S32(2),
    /** Unsigned 64-bit integer, four registers. */
    U64(4),
    /** IEEE 754 single-precision float, two registers. */
    F32(2);

    private final int registers;

    DataType(int registers) {
        this.registers = registers;
    }

    /** @return how many 16-bit registers a value occupies */
    public int registers() {
        return registers;
    }

    /**
     * @param text {@code u16}, {@code s16}, {@code u32}, {@code s32}, {@code u64} or {@code f32}
     * @param subject for the error message
     * @return the type
     */
    public static DataType parse(String text, String subject) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(subject, "type", "must be u16, s16, u32, s32, u64 or f32, was '" + text + "'");
        }
    }
}
