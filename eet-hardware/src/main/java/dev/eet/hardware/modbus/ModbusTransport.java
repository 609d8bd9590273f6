package dev.eet.hardware.modbus;

/**
 * Carries Modbus request PDUs to units and brings back their responses: RTU over a serial link or TCP over a
 * socket. One transaction is in flight at a time; concurrent callers are served in arrival order.
 */
public interface ModbusTransport extends AutoCloseable {

    /** @return the port or address, as named in errors */
    String name();

    /**
     * Sends a request and waits for its response, retrying timeouts and garbled frames.
     *
     * @param unit the unit id (0 = broadcast, writes only: no response is awaited)
     * @param request the request
     * @return the registers read, or an empty array for writes
     * @throws ModbusExceptionResponse if the unit answered with an exception
     * @throws dev.eet.api.hardware.MeterTimeoutException if no valid response arrived after every retry
     * @throws dev.eet.api.hardware.MeterException naming the port for any other failure
     */
    int[] execute(int unit, ModbusRequest request);

    /**
     * @param unit the unit id
     * @param function 0x03 or 0x04
     * @param address the first register
     * @param count 1 to 125
     * @return the registers
     */
    default int[] readRegisters(int unit, FunctionCode function, int address, int count) {
        return execute(unit, new ModbusRequest.ReadRegisters(function, address, count));
    }

    /** @return whether the transport can still be used */
    boolean isOpen();

    /** Releases the port or socket. Idempotent. */
    @Override
    void close();
}
