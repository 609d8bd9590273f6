package dev.eet.hardware.modbus;

import dev.eet.api.value.Bytes;

/** Parses response PDUs against the request they answer; shared by the RTU and TCP masters. */
public final class ModbusPdu {
    private ModbusPdu() {
    }

    /**
     * Checks a response PDU and extracts its registers.
     *
     * @param port the port or address, for errors
     * @param unit the unit asked
     * @param request the request
     * @param pdu the response PDU (function code first)
     * @return the registers read (unsigned 16-bit values) for reads; an empty array for writes
     * @throws ModbusExceptionResponse if the PDU is an exception response
     * @throws ModbusProtocolException if the PDU does not answer the request
     */
    public static int[] parseResponse(String port, int unit, ModbusRequest request, byte[] pdu) {
        if (pdu.length < 1) {
            throw new ModbusProtocolException(port, "unit " + unit + ": empty response to " + request.describe());
        }
        int function = pdu[0] & 0xFF;
        int expected = request.function().code();
        if (function == (expected | 0x80)) {
            if (pdu.length != 2) {
                throw malformed(port, unit, request, pdu, "exception response must be 2 bytes");
            }
            throw ModbusExceptionResponse.of(port, unit, expected, pdu[1] & 0xFF, request.describe());
        }
        if (function != expected) {
            throw malformed(port, unit, request, pdu, "function code 0x" + String.format("%02X", function));
        }
        if (pdu.length != request.responseLength()) {
            throw malformed(port, unit, request, pdu, "length " + pdu.length + ", expected " + request.responseLength());
        }
        if (request instanceof ModbusRequest.ReadRegisters r) {
            int byteCount = pdu[1] & 0xFF;
            if (byteCount != 2 * r.count()) {
                throw malformed(port, unit, request, pdu, "byte count " + byteCount);
            }
            int[] registers = new int[r.count()];
            for (int i = 0; i < registers.length; i++) {
                registers[i] = ((pdu[2 + 2 * i] & 0xFF) << 8) | (pdu[3 + 2 * i] & 0xFF);
            }
            return registers;
        }
        byte[] req = request.pdu();
        for (int i = 0; i < 5; i++) {
            if (pdu[i] != req[i]) {
                throw malformed(port, unit, request, pdu, "write not echoed");
            }
        }
        return new int[0];
    }

    private static ModbusProtocolException malformed(String port, int unit, ModbusRequest request, byte[] pdu,
                                                     String problem) {
        return new ModbusProtocolException(port, "unit " + unit + ": bad response to " + request.describe() + ": "
                + problem + " (PDU " + Bytes.of(pdu).toHex() + ")");
    }
}
