package dev.eet.hardware.registers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.hardware.MeterDriverProvider;
import dev.eet.api.hardware.Parity;
import dev.eet.api.hardware.SwitchDriverProvider;
import dev.eet.api.spi.ProviderRegistry;
import dev.eet.hardware.modbus.FunctionCode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Register maps load from data; codecs are exact and invertible. */
class RegisterMapsTest {

    @Test
    void everyBuiltInMapLoadsWithTheVendorsSerialDefaults() {
        for (String name : RegisterMaps.BUILT_IN) {
            RegisterMap m = RegisterMaps.load(name);
            assertEquals(name, m.name());
            assertTrue(m.point(Quantity.ACTIVE_POWER).isPresent() && m.point(Quantity.VOLTAGE).isPresent()
                    && m.point(Quantity.CURRENT).isPresent() && m.point(Quantity.IMPORT_ENERGY).isPresent(), name);
        }
        assertEquals(2400, RegisterMaps.load("sdm120").baud());
        assertEquals(2, RegisterMaps.load("pzem017").stopBits());
        assertEquals(Parity.NONE, RegisterMaps.load("pzem017").parity());
        RegisterPoint em24 = RegisterMaps.load("em24").point(Quantity.IMPORT_ENERGY).orElseThrow();
        assertEquals(DataType.S32, em24.type());
        assertEquals(WordOrder.CDAB, em24.order());
        assertEquals(FunctionCode.READ_HOLDING_REGISTERS, em24.function());
        RegisterPoint sdm = RegisterMaps.load("sdm630").point(Quantity.EXPORT_ENERGY).orElseThrow();
        assertEquals(DataType.F32, sdm.type());
        assertEquals(FunctionCode.READ_INPUT_REGISTERS, sdm.function());
        assertEquals(0x004A, sdm.address());
    }

    @Test
    void providersAreFoundByScheme() {
        assertEquals(java.util.List.of("modbus-rtu", "modbus-tcp", "simulated"),
                java.util.List.copyOf(ProviderRegistry.load(MeterDriverProvider.class).names()));
        assertEquals(java.util.List.of("modbus-rtu", "simulated"), java.util.List.copyOf(ProviderRegistry.load(SwitchDriverProvider.class).names()));
    }

    @Test
    void mapFromAFileAndItsErrors(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("relay.properties");
        Files.writeString(f, "name=relay-board\nrelay.address=0x0001\nrelay.on=256\nrelay.off=512\n");
        RegisterMap m = RegisterMaps.load(f.toString());
        assertEquals(256, m.relayOn());
        Path bad = dir.resolve("bad.properties");
        Files.writeString(bad, "name=bad\nvoltage.address=0\nvoltage.unit=kV\n");
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> RegisterMaps.load(bad.toString()));
        assertEquals("register map bad", e.subject());
        assertEquals("voltage.unit", e.field());
        Files.writeString(bad, "name=bad\nvoltage.adress=0\n");
        e = assertThrows(InvalidArgumentException.class, () -> RegisterMaps.load(bad.toString()));
        assertEquals("voltage.adress", e.field());
        assertEquals("unknown key", e.problem());
        e = assertThrows(InvalidArgumentException.class, () -> RegisterMaps.load("sdm999"));
        assertTrue(e.getMessage().contains("neither a built-in map (sdm120, sdm630, em24, pzem017, dds238)"), e.getMessage());
    }

    @Test
    void wordOrdersPlaceBytesAsNamed() {
        int[] abcd = {0x4366, 0x0000};
        assertEquals(0, new BigDecimal("230.0").compareTo(RegisterCodec.raw(DataType.F32, WordOrder.ABCD, abcd)));
        assertEquals(0, new BigDecimal("230.0").compareTo(RegisterCodec.raw(DataType.F32, WordOrder.CDAB, new int[] {0x0000, 0x4366})));
        assertEquals(0, new BigDecimal("230.0").compareTo(RegisterCodec.raw(DataType.F32, WordOrder.BADC, new int[] {0x6643, 0x0000})));
        assertEquals(0, new BigDecimal("230.0").compareTo(RegisterCodec.raw(DataType.F32, WordOrder.DCBA, new int[] {0x0000, 0x6643})));
        assertEquals(new BigDecimal("18446744073709551615"),
                RegisterCodec.raw(DataType.U64, WordOrder.ABCD, new int[] {0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF}));
        assertEquals(new BigDecimal("4294967296"), RegisterCodec.raw(DataType.U64, WordOrder.CDAB, new int[] {0, 0, 1, 0}));
        assertEquals(new BigDecimal("-2"), RegisterCodec.raw(DataType.S16, WordOrder.ABCD, new int[] {0xFFFE}));
        assertThrows(ArithmeticException.class, () -> RegisterCodec.raw(DataType.F32, WordOrder.ABCD, new int[] {0x7FC0, 0}));
    }

    @Test
    void floatIsConvertedThroughItsShortestDecimalString() {
        RegisterPoint p = new RegisterPoint(Quantity.IMPORT_ENERGY, FunctionCode.READ_INPUT_REGISTERS, 0, DataType.F32,
                WordOrder.ABCD, BigDecimal.ONE, "kWh");
        int bits = Float.floatToIntBits(0.1f);
        assertEquals(new BigDecimal("0.1"), RegisterCodec.decode(p, new int[] {bits >>> 16, bits & 0xFFFF}));
    }

    @Property(tries = 300)
    void integerEncodingRoundTripsExactly(@ForAll int raw, @ForAll("orders") WordOrder order) {
        RegisterPoint p = new RegisterPoint(Quantity.ACTIVE_POWER, FunctionCode.READ_HOLDING_REGISTERS, 0, DataType.S32,
                order, new BigDecimal("-0.1"), "W");
        BigDecimal value = RegisterCodec.decode(p, RegisterCodec.encode(p, RegisterCodec.decode(p,
                RegisterCodec.encode(p, BigDecimal.valueOf(raw).multiply(p.canonicalFactor())))));
        assertEquals(0, BigDecimal.valueOf(raw).multiply(p.canonicalFactor()).compareTo(value));
        int[] wire = RegisterCodec.encode(p, value);
        assertArrayEquals(wire, order.toBigEndian(order.toBigEndian(wire)));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<WordOrder> orders() {
        return net.jqwik.api.Arbitraries.of(WordOrder.class);
    }

    @Test
    void encodingRefusesValuesTheRegisterCannotHold() {
        RegisterPoint p = RegisterMaps.load("pzem017").point(Quantity.ACTIVE_POWER).orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> RegisterCodec.encode(p, new BigDecimal("1.5")),
                "a one-way meter cannot show supply");
    }
}
