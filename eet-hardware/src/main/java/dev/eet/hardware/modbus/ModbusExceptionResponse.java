package dev.eet.hardware.modbus;

import dev.eet.api.hardware.MeterException;

/**
 * A device answered a request with a Modbus exception response. Each standard code has its own subclass
 * ({@link IllegalFunction}, {@link IllegalDataAddress}, ...), so callers can catch exactly what they expect; the
 * message names the port, unit, request and code. Not retried: the device did answer.
 */
public abstract sealed class ModbusExceptionResponse extends MeterException {
    private static final long serialVersionUID = 1L;

    private final int unit;
    private final int function;
    private final int code;

    private ModbusExceptionResponse(String port, int unit, int function, int code, String request) {
        super(port, String.format("unit %d answered %s with exception 0x%02X (%s)", unit, request, code,
                describe(code)));
        this.unit = unit;
        this.function = function;
        this.code = code;
    }

    /**
     * @param port the port or address
     * @param unit the unit that answered
     * @param function the function code of the request
     * @param code the exception code byte
     * @param request a description of the request
     * @return the exception of the matching subclass
     */
    public static ModbusExceptionResponse of(String port, int unit, int function, int code, String request) {
        ModbusExceptionCode named = ModbusExceptionCode.find(code);
        if (named == null) {
            return new Unknown(port, unit, function, code, request);
        }
        return switch (named) {
            case ILLEGAL_FUNCTION -> new IllegalFunction(port, unit, function, code, request);
            case ILLEGAL_DATA_ADDRESS -> new IllegalDataAddress(port, unit, function, code, request);
            case ILLEGAL_DATA_VALUE -> new IllegalDataValue(port, unit, function, code, request);
            case SERVER_DEVICE_FAILURE -> new ServerDeviceFailure(port, unit, function, code, request);
            case ACKNOWLEDGE -> new Acknowledge(port, unit, function, code, request);
            case SERVER_DEVICE_BUSY -> new ServerDeviceBusy(port, unit, function, code, request);
            case MEMORY_PARITY_ERROR -> new MemoryParityError(port, unit, function, code, request);
            case GATEWAY_PATH_UNAVAILABLE -> new GatewayPathUnavailable(port, unit, function, code, request);
            case GATEWAY_TARGET_FAILED -> new GatewayTargetFailed(port, unit, function, code, request);
        };
    }

    private static String describe(int code) {
        ModbusExceptionCode named = ModbusExceptionCode.find(code);
        return named == null ? "unknown exception code" : named.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** @return the unit id that answered */
    public int unit() {
        return unit;
    }

    /** @return the request's function code */
    public int function() {
        return function;
    }

    /** @return the exception code byte */
    public int code() {
        return code;
    }

    /** @return the named code, or null for a non-standard code */
    public ModbusExceptionCode exceptionCode() {
        return ModbusExceptionCode.find(code);
    }

    /** 0x01: function not supported by the device. */
    public static final class IllegalFunction extends ModbusExceptionResponse {
        private static final long serialVersionUID = 1L;

        IllegalFunction(String port, int unit, int function, int code, String request) {
            super(port, unit, function, code, request);
        }
    }

    /** 0x02: the device has no such register (check the register map and function code). */
    public static final class IllegalDataAddress extends ModbusExceptionResponse {
        private static final long serialVersionUID = 1L;

        IllegalDataAddress(String port, int unit, int function, int code, String request) {
            super(port, unit, function, code, request);
        }
    }

    /** 0x03: a value in the request was refused. */
    public static final class IllegalDataValue extends ModbusExceptionResponse {
        private static final long serialVersionUID = 1L;

        IllegalDataValue(String port, int unit, int function, int code, String request) {
            super(port, unit, function, code, request);
        }
    }

    /** 0x04: the device failed internally. */
    public static final class ServerDeviceFailure extends ModbusExceptionResponse {
        private static final long serialVersionUID = 1L;

        ServerDeviceFailure(String port, int unit, int function, int code, String request) {
            super(port, unit, function, code, request);
        }
    }

    /** 0x05: the device accepted a long-running request. */
    public static final class Acknowledge extends ModbusExceptionResponse {
        private static final long serialVersionUID = 1L;

        Acknowledge(String port, int unit, int function, int code, String request) {
            super(port, unit, function, code, request);
        }
    }

    /** 0x06: the device is busy. */
    public static final class ServerDeviceBusy extends ModbusExceptionResponse {
        private static final long serialVersionUID = 1L;

        ServerDeviceBusy(String port, int unit, int function, int code, String request) {
            super(port, unit, function, code, request);
        }
    }

    /** 0x08: memory parity error. */
    public static final class MemoryParityError extends ModbusExceptionResponse {
        private static final long serialVersionUID = 1L;

        MemoryParityError(String port, int unit, int function, int code, String request) {
            super(port, unit, function, code, request);
        }
    }

    /** 0x0A: a gateway could not route the request. */
    public static final class GatewayPathUnavailable extends ModbusExceptionResponse {
        private static final long serialVersionUID = 1L;

        GatewayPathUnavailable(String port, int unit, int function, int code, String request) {
            super(port, unit, function, code, request);
        }
    }

    /** 0x0B: the device behind a gateway did not answer. */
    public static final class GatewayTargetFailed extends ModbusExceptionResponse {
        private static final long serialVersionUID = 1L;

        GatewayTargetFailed(String port, int unit, int function, int code, String request) {
            super(port, unit, function, code, request);
        }
    }

    /** A code the standard does not define. */
    public static final class Unknown extends ModbusExceptionResponse {
        private static final long serialVersionUID = 1L;

        Unknown(String port, int unit, int function, int code, String request) {
            super(port, unit, function, code, request);
        }
    }
}
