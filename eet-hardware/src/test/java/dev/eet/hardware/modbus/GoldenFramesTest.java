package dev.eet.hardware.modbus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.value.Bytes;
import dev.eet.hardware.registers.Quantity;
import dev.eet.hardware.registers.RegisterCodec;
import dev.eet.hardware.registers.RegisterMap;
import dev.eet.hardware.registers.RegisterMaps;
import dev.eet.hardware.registers.RegisterPoint;
import dev.eet.tck.hardware.InMemorySerialPort;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Known-good byte sequences: the published CRC check value, the textbook request frame, and for every shipped
 * map one recorded request/response pair decoded through the RTU master to the right engineering value.
 * Frames were computed independently of this code (bitwise CRC-16/MODBUS) and are written here as literals.
 */
class GoldenFramesTest {
    private final InMemorySerialPort port = new InMemorySerialPort("golden");
    private final RecordedDevice device = new RecordedDevice(port.device());
    private final ModbusRtuMaster master = new ModbusRtuMaster(port.open(), 9600, Duration.ofMillis(300), 0, false);

    @AfterEach
    void close() {
        master.close();
        device.close();
    }

    private static String hex(byte[] b) {
        return Bytes.of(b).toHex();
    }

    @Test
    void crcCheckValueOf123456789Is4B37() {
        assertEquals(0x4B37, Crc16.compute("123456789".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void textbookReadOfTenHoldingRegistersEndsC5CD() {
        byte[] frame = ModbusRtuMaster.frame(1, new ModbusRequest.ReadRegisters(FunctionCode.READ_HOLDING_REGISTERS, 0, 10));
        assertEquals("01030000000ac5cd", hex(frame));
        assertTrue(Crc16.check(frame, frame.length));
        frame[3] ^= 1;
        assertTrue(!Crc16.check(frame, frame.length), "a flipped bit must fail the CRC");
    }

    @Test
    void writeFramesMatchTheStandardLayout() {
        assertEquals("010600010003980b", hex(ModbusRtuMaster.frame(1, new ModbusRequest.WriteRegister(1, 3))));
        assertEquals("0110000100020400 0a01029230".replace(" ", ""),
                hex(ModbusRtuMaster.frame(1, new ModbusRequest.WriteRegisters(1, new int[] {0x000A, 0x0102}))));
    }

    @Test
    void writeMultipleIsAcknowledged() {
        device.on("01100001000204000a01029230", "011000010002 1008");
        assertEquals(0, master.execute(1, new ModbusRequest.WriteRegisters(1, new int[] {0x000A, 0x0102})).length);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        // map, quantity, request frame, response frame, expected canonical value
        "sdm120, voltage,      010400000002 71cb, 01040443660000 0e1f, 230.0",
        "sdm120, importEnergy, 010400480002 f1dd, 010404449a5000 f35b, 1234.5",
        "sdm630, activePower,  010400340002 3005, 010404c4bb8000 d751, 1.5000",
        "em24,   importEnergy, 010300340002 85c5, 010304e2400001 0c5f, 12345.6",
        "em24,   activePower,  010300280002 4403, 010304a628ffff 5903, 2.3000",
        "pzem017, voltage,     010400000001 31ca, 010402146e 37dc,     52.30",
        "pzem017, importEnergy, 010400040002 300a, 010404117000013ea3, 70.000",
        "dds238, importEnergy, 0103000a0002 e409, 0103040001e240 e2a3, 1234.56",
        "dds238, activePower,  0103000e0001 e5c9, 010302fe0c f821,     0.500",
    })
    void recordedReadDecodesToTheEngineeringValue(String mapName, String quantity, String request, String response,
                                                  String expected) {
        RegisterMap map = RegisterMaps.load(mapName);
        RegisterPoint p = map.point(Quantity.find(quantity)).orElseThrow();
        ModbusRequest.ReadRegisters read = new ModbusRequest.ReadRegisters(p.function(), p.address(), p.type().registers());
        assertEquals(request.replace(" ", ""), hex(ModbusRtuMaster.frame(1, read)), "request frame");
        device.on(request, response);
        int[] regs = master.execute(1, read);
        BigDecimal value = RegisterCodec.decode(p, regs);
        assertEquals(0, new BigDecimal(expected).compareTo(value), () -> "decoded " + value);
    }

    @Test
    void exceptionFramesMapToNamedErrors() {
        device.on("010400000002 71cb", "018402c2c1");
        ModbusExceptionResponse e = assertThrows(ModbusExceptionResponse.class,
                () -> master.readRegisters(1, FunctionCode.READ_INPUT_REGISTERS, 0, 2));
        assertInstanceOf(ModbusExceptionResponse.IllegalDataAddress.class, e);
        assertEquals(ModbusExceptionCode.ILLEGAL_DATA_ADDRESS, e.exceptionCode());
        assertTrue(e.getMessage().startsWith("golden: unit 1 answered read of 2 input registers at 0x0000 with exception 0x02"),
                e.getMessage());
        assertEquals("018402c2c1", hex(Crc16.append(new byte[] {1, (byte) 0x84, 2})));
        assertEquals("018302c0f1", hex(Crc16.append(new byte[] {1, (byte) 0x83, 2})));
        assertEquals("018401 82c0".replace(" ", ""), hex(Crc16.append(new byte[] {1, (byte) 0x84, 1})));
    }

    @Test
    void everyStandardCodeHasItsOwnException() {
        for (ModbusExceptionCode c : ModbusExceptionCode.values()) {
            ModbusExceptionResponse e = ModbusExceptionResponse.of("p", 1, 3, c.code(), "read");
            assertEquals(c, e.exceptionCode());
            assertEquals(c.name().replace("_", ""), e.getClass().getSimpleName().toUpperCase());
        }
        assertInstanceOf(ModbusExceptionResponse.Unknown.class, ModbusExceptionResponse.of("p", 1, 3, 0x7F, "read"));
    }

    @Test
    void serverAnswersExceptionPdus() {
        ModbusRequestHandler h = new ModbusRequestHandler(new RegisterBank() {
            @Override
            public int[] read(FunctionCode function, int address, int count) {
                throw new RequestRefusedException(ModbusExceptionCode.ILLEGAL_DATA_ADDRESS, "none");
            }

            @Override
            public void write(int address, int[] values) {
                throw new RequestRefusedException(ModbusExceptionCode.ILLEGAL_FUNCTION, "read-only");
            }
        });
        assertEquals("8402", hex(h.handle(new byte[] {4, 0, 0, 0, 2})));
        assertEquals("8403", hex(h.handle(new byte[] {4, 0, 0, 0, 126})), "126 registers is too many");
        assertEquals("8403", hex(h.handle(new byte[] {4, 0, 0, 0, 0})), "zero registers");
        assertEquals("8601", hex(h.handle(new byte[] {6, 0, 1, 0, 3})));
        assertEquals("8101", hex(h.handle(new byte[] {1, 0, 0, 0, 1})), "coils are not supported");
    }
}
