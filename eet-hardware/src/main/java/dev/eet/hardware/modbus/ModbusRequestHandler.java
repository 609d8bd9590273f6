package dev.eet.hardware.modbus;

/**
 * The server side of the PDU protocol, shared by the RTU and TCP servers: turns a request PDU into a response PDU
 * (a normal response or an exception response) using a {@link RegisterBank}.
 */
public final class ModbusRequestHandler {
    private final RegisterBank bank;

    /** @param bank the registers served */
    public ModbusRequestHandler(RegisterBank bank) {
        this.bank = java.util.Objects.requireNonNull(bank, "bank");
    }

    /**
     * @param pdu a request PDU
     * @return the response PDU
     */
    public byte[] handle(byte[] pdu) {
        if (pdu.length == 0) {
            return exception(0, ModbusExceptionCode.ILLEGAL_FUNCTION);
        }
        int fc = pdu[0] & 0xFF;
        FunctionCode function = FunctionCode.find(fc);
        if (function == null) {
            return exception(fc, ModbusExceptionCode.ILLEGAL_FUNCTION);
        }
        try {
            switch (function) {
                case READ_HOLDING_REGISTERS, READ_INPUT_REGISTERS -> {
                    if (pdu.length != 5) {
                        return exception(fc, ModbusExceptionCode.ILLEGAL_DATA_VALUE);
                    }
                    int address = u16(pdu, 1);
                    int count = u16(pdu, 3);
                    if (count < 1 || count > ModbusRequest.MAX_READ) {
                        return exception(fc, ModbusExceptionCode.ILLEGAL_DATA_VALUE);
                    }
                    if (address + count > 0x10000) {
                        return exception(fc, ModbusExceptionCode.ILLEGAL_DATA_ADDRESS);
                    }
                    int[] values = bank.read(function, address, count);
                    byte[] response = new byte[2 + 2 * count];
                    response[0] = (byte) fc;
                    response[1] = (byte) (2 * count);
                    for (int i = 0; i < count; i++) {
                        response[2 + 2 * i] = (byte) (values[i] >>> 8);
                        response[3 + 2 * i] = (byte) values[i];
                    }
                    return response;
                }
                case WRITE_SINGLE_REGISTER -> {
                    if (pdu.length != 5) {
                        return exception(fc, ModbusExceptionCode.ILLEGAL_DATA_VALUE);
                    }
                    bank.write(u16(pdu, 1), new int[] {u16(pdu, 3)});
                    return pdu.clone();
                }
                case WRITE_MULTIPLE_REGISTERS -> {
                    if (pdu.length < 6) {
                        return exception(fc, ModbusExceptionCode.ILLEGAL_DATA_VALUE);
                    }
                    int address = u16(pdu, 1);
                    int count = u16(pdu, 3);
                    int bytes = pdu[5] & 0xFF;
                    if (count < 1 || count > ModbusRequest.MAX_WRITE || bytes != 2 * count || pdu.length != 6 + bytes) {
                        return exception(fc, ModbusExceptionCode.ILLEGAL_DATA_VALUE);
                    }
                    if (address + count > 0x10000) {
                        return exception(fc, ModbusExceptionCode.ILLEGAL_DATA_ADDRESS);
                    }
                    int[] values = new int[count];
                    for (int i = 0; i < count; i++) {
                        values[i] = u16(pdu, 6 + 2 * i);
                    }
                    bank.write(address, values);
                    return java.util.Arrays.copyOf(pdu, 5);
                }
                default -> {
                    return exception(fc, ModbusExceptionCode.ILLEGAL_FUNCTION);
                }
            }
        } catch (RequestRefusedException e) {
            return exception(fc, e.code());
        } catch (RuntimeException e) {
            return exception(fc, ModbusExceptionCode.SERVER_DEVICE_FAILURE);
        }
    }

    /**
     * @param function the request's function code
     * @param code the exception code
     * @return the exception response PDU {@code function | 0x80, code}
     */
    public static byte[] exception(int function, ModbusExceptionCode code) {
        return new byte[] {(byte) (function | 0x80), (byte) code.code()};
    }

    private static int u16(byte[] b, int i) {
        return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
    }
}
