package dev.eet.hardware.modbus;

/**
 * The registers a Modbus server (slave) serves. Implementations refuse requests with a
 * {@link RequestRefusedException} carrying the exception code to answer.
 */
public interface RegisterBank {

    /**
     * @param function 0x03 or 0x04
     * @param address first register
     * @param count number of registers (1 to 125)
     * @return the register values (unsigned 16-bit)
     * @throws RequestRefusedException e.g. with ILLEGAL_DATA_ADDRESS
     */
    int[] read(FunctionCode function, int address, int count);

    /**
     * @param address first holding register
     * @param values values to write
     * @throws RequestRefusedException e.g. with ILLEGAL_FUNCTION for read-only banks
     */
    void write(int address, int[] values);
}
