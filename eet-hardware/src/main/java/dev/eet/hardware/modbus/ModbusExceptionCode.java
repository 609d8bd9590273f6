package dev.eet.hardware.modbus;

/** The exception codes a Modbus server answers with (Modbus application protocol 1.1b3, section 7). */
public enum ModbusExceptionCode {
    /** 0x01: the function code is not supported. */
    ILLEGAL_FUNCTION(0x01),
    /** 0x02: the register address (or address + count) is not allowed. */
    ILLEGAL_DATA_ADDRESS(0x02),
    /** 0x03: a value in the request is not allowed (e.g. a count of 0 or over 125). */
    ILLEGAL_DATA_VALUE(0x03),
    /** 0x04: the server failed while performing the action. */
    SERVER_DEVICE_FAILURE(0x04),
    /** 0x05: accepted, processing takes long. */
    ACKNOWLEDGE(0x05),
    /** 0x06: busy with a long-running command. */
    SERVER_DEVICE_BUSY(0x06),
    /** 0x08: memory parity error in a file record. */
    MEMORY_PARITY_ERROR(0x08),
    /** 0x0A: a gateway could not route to the target. */
    GATEWAY_PATH_UNAVAILABLE(0x0A),
    /** 0x0B: the target behind a gateway did not respond. */
    GATEWAY_TARGET_FAILED(0x0B);

    private final int code;

    ModbusExceptionCode(int code) {
        this.code = code;
    }

    /** @return the code byte */
    public int code() {
        return code;
    }

    /**
     * @param code a code byte
     * @return the named code, or null for a code the standard does not define
     */
    public static ModbusExceptionCode find(int code) {
        for (ModbusExceptionCode c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        return null;
    }
}
