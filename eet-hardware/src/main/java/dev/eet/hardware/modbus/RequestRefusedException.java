package dev.eet.hardware.modbus;

import java.util.Objects;

/** Thrown by a {@link RegisterBank} to make the server answer with a Modbus exception response. */
public class RequestRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ModbusExceptionCode code;

    /**
     * @param code the exception code to answer with
     * @param reason why, for logs
     */
    public RequestRefusedException(ModbusExceptionCode code, String reason) {
        super(code + ": " + reason);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** @return the exception code to answer with */
    public ModbusExceptionCode code() {
        return code;
    }
}
