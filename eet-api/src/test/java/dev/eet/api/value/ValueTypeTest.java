package dev.eet.api.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Worked examples of parsing, formatting and the rounding rule. */
class ValueTypeTest {

    @Test
    void formatsShortestExactDecimal() {
        assertEquals("220", Energy.ofKwh("220").toPlainString());
        assertEquals("0.47", Price.perKwh("0.470").toPlainString());
        assertEquals("-1.5", Money.of("-1.50").toPlainString());
        assertEquals("0", Money.ZERO.toPlainString());
        assertEquals("0.000001", Energy.ofMicroKwh(1).toPlainString());
        assertEquals("12.5 kWh", Energy.ofKwh("12.5").toString());
    }

    @Test
    void cdaMidpointOfTheNodeExampleIsExact() {
        // node.md: S1 asks 0.41, B1 bids 0.53 -> 0.47, no binary noise
        assertEquals("0.47", Price.midpoint(Price.perKwh("0.41"), Price.perKwh("0.53")).toPlainString());
        assertEquals("103.4", Energy.ofKwh(220).times(Price.perKwh("0.47")).toPlainString());
    }

    @Test
    void roundsHalfEvenAtSixDecimals() {
        assertEquals("0.000002", Money.of("0.0000025").toPlainString());
        assertEquals("0.000004", Money.of("0.0000035").toPlainString());
        assertEquals("-0.000002", Money.of("-0.0000025").toPlainString());
        // 0.333333 kWh at 0.5 = 0.1666665 -> 0.166666 (half to even)
        assertEquals("0.166666", Energy.ofKwh("0.333333").times(Price.perKwh("0.5")).toPlainString());
        // midpoint of 1 and 2 micro-units = 1.5 -> 2; of 2 and 3 = 2.5 -> 2
        assertEquals(2, Price.midpoint(Price.ofMicros(1), Price.ofMicros(2)).microsPerKwh());
        assertEquals(2, Price.midpoint(Price.ofMicros(2), Price.ofMicros(3)).microsPerKwh());
    }

    @Test
    void exactParsingRejectsExtraDecimals() {
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> FixedPoint.toUnitsExact(new BigDecimal("0.1234567"), "Energy"));
        assertTrue(e.getMessage().contains("more than 6 decimal places"), e.getMessage());
    }

    @Test
    void overflowIsNamedNotWrapped() {
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> Energy.ofMicroKwh(Long.MAX_VALUE).plus(Energy.ofMicroKwh(1)));
        assertTrue(e.getMessage().startsWith("Energy overflow"), e.getMessage());
        assertThrows(ArithmeticException.class, () -> Energy.ofKwh(new BigDecimal("1e20")));
        assertThrows(ArithmeticException.class, () -> Money.ofMicros(Long.MIN_VALUE).negate());
        assertThrows(ArithmeticException.class, () -> Energy.ofKwh(Long.MAX_VALUE / 10));
    }

    @Test
    void powerOverDurationGivesEnergy() {
        assertEquals("0.75", Power.ofKw("3").over(Duration.ofMinutes(15)).toPlainString());
        assertEquals("-0.5", Power.ofKw("-2").over(Duration.ofMinutes(15)).toPlainString());
    }

    @Test
    void malformedDecimalIsRejected() {
        assertThrows(NumberFormatException.class, () -> Energy.ofKwh("12,5"));
    }

    @Test
    void bytesHaveValueSemantics() {
        byte[] raw = {1, 2, 3};
        Bytes b = Bytes.of(raw);
        raw[0] = 9;
        assertEquals("010203", b.toHex());
        assertEquals(b, Bytes.fromHex("010203"));
        assertEquals(b.hashCode(), Bytes.fromHex("010203").hashCode());
    }
}
