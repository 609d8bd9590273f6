package dev.eet.api.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** Exact arithmetic, the HALF_EVEN rule, round trips and overflow detection of the value types. */
class ValueTypeProperties {

    @Provide
    Arbitrary<Long> anyUnits() {
        return Arbitraries.longs();
    }

    @Property
    void additionIsAssociativeAndCommutativeWhenItFits(@ForAll @LongRange(min = -1L << 60, max = 1L << 60) long a,
                                                       @ForAll @LongRange(min = -1L << 60, max = 1L << 60) long b,
                                                       @ForAll @LongRange(min = -1L << 60, max = 1L << 60) long c) {
        Energy x = Energy.ofMicroKwh(a);
        Energy y = Energy.ofMicroKwh(b);
        Energy z = Energy.ofMicroKwh(c);
        assertEquals(x.plus(y).plus(z), x.plus(y.plus(z)));
        assertEquals(x.plus(y), y.plus(x));
        assertEquals(x, x.plus(y).minus(y));
    }

    @Property
    void additionAgreesWithBigDecimalOrThrows(@ForAll("anyUnits") long a, @ForAll("anyUnits") long b) {
        BigDecimal exact = FixedPoint.toDecimal(a).add(FixedPoint.toDecimal(b));
        if (fits(exact)) {
            assertEquals(exact, Money.ofMicros(a).plus(Money.ofMicros(b)).toDecimal());
        } else {
            ArithmeticException e = assertThrows(ArithmeticException.class,
                    () -> Money.ofMicros(a).plus(Money.ofMicros(b)));
            assertEquals(true, e.getMessage().startsWith("Money overflow"), e.getMessage());
        }
    }

    @Property
    void subtractionAgreesWithBigDecimalOrThrows(@ForAll("anyUnits") long a, @ForAll("anyUnits") long b) {
        BigDecimal exact = FixedPoint.toDecimal(a).subtract(FixedPoint.toDecimal(b));
        if (fits(exact)) {
            assertEquals(exact, Energy.ofMicroKwh(a).minus(Energy.ofMicroKwh(b)).toKwh());
        } else {
            assertThrows(ArithmeticException.class, () -> Energy.ofMicroKwh(a).minus(Energy.ofMicroKwh(b)));
        }
    }

    @Property
    void energyTimesPriceIsTheExactProductRoundedHalfEven(@ForAll("anyUnits") long e, @ForAll("anyUnits") long p) {
        BigDecimal exact = FixedPoint.toDecimal(e).multiply(FixedPoint.toDecimal(p));
        BigDecimal rounded = exact.setScale(FixedPoint.SCALE, RoundingMode.HALF_EVEN);
        if (fits(rounded)) {
            assertEquals(rounded, Energy.ofMicroKwh(e).times(Price.ofMicros(p)).toDecimal());
        } else {
            assertThrows(ArithmeticException.class, () -> Energy.ofMicroKwh(e).times(Price.ofMicros(p)));
        }
    }

    @Property
    void multiplyDivideMatchesBigIntegerHalfEven(@ForAll("anyUnits") long a, @ForAll("anyUnits") long b,
                                                 @ForAll @LongRange(min = 1) long d) {
        BigDecimal exact = new BigDecimal(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)))
                .divide(BigDecimal.valueOf(d), 0, RoundingMode.HALF_EVEN);
        if (fitsLong(exact)) {
            assertEquals(exact.longValueExact(), FixedPoint.multiplyDivide(a, b, d, "Test"));
        } else {
            assertThrows(ArithmeticException.class, () -> FixedPoint.multiplyDivide(a, b, d, "Test"));
        }
    }

    @Property
    void midpointIsTheAverageRoundedHalfEven(@ForAll("anyUnits") long a, @ForAll("anyUnits") long b) {
        BigDecimal exact = FixedPoint.toDecimal(a).add(FixedPoint.toDecimal(b))
                .divide(BigDecimal.valueOf(2), FixedPoint.SCALE, RoundingMode.HALF_EVEN);
        assertEquals(exact, Price.midpoint(Price.ofMicros(a), Price.ofMicros(b)).toDecimal());
    }

    @Property
    void noPrecisionLossAtTheDeclaredScale(@ForAll("anyUnits") long units) {
        String text = FixedPoint.format(units);
        assertEquals(units, Energy.ofKwh(text).microKwh());
        assertEquals(units, Price.perKwh(text).microsPerKwh());
        assertEquals(units, Money.of(text).micros());
        assertEquals(units, Power.ofKw(text).microKw());
        assertEquals(units, FixedPoint.toUnitsExact(new BigDecimal(text), "Test"));
    }

    @Property
    void parsingRoundsHalfEvenBeyondTheScale(@ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long tenths) {
        // one extra decimal digit: value = tenths * 10^-7
        BigDecimal v = BigDecimal.valueOf(tenths, 7);
        assertEquals(v.setScale(6, RoundingMode.HALF_EVEN), Money.of(v).toDecimal());
    }

    @Property
    void multiplicationByWholeNumbersIsExactOrThrows(@ForAll("anyUnits") long a, @ForAll @LongRange(min = -1000, max = 1000) long k) {
        BigDecimal exact = FixedPoint.toDecimal(a).multiply(BigDecimal.valueOf(k));
        if (fits(exact)) {
            assertEquals(exact, Money.ofMicros(a).times(k).toDecimal());
        } else {
            assertThrows(ArithmeticException.class, () -> Money.ofMicros(a).times(k));
        }
    }

    private static boolean fits(BigDecimal v) {
        return fitsLong(v.movePointRight(FixedPoint.SCALE));
    }

    private static boolean fitsLong(BigDecimal v) {
        return v.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0 && v.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0;
    }
}
