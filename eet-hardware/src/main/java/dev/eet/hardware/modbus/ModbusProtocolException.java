package dev.eet.hardware.modbus;

import dev.eet.api.hardware.MeterException;

/**
 * A response could not be understood: bad CRC, wrong unit or function, wrong length, a failed echo. Such
 * transactions are retried after the line has been resynchronised.
 */
public class ModbusProtocolException extends MeterException {
    private static final long serialVersionUID = 1L;

    /**
     * @param port the port or address
     * @param message what was wrong, with the offending bytes in hex
     */
    public ModbusProtocolException(String port, String message) {
        super(port, message);
    }
}
