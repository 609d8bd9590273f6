/**
 * Exact quantities: {@link dev.eet.api.value.Energy} (kWh), {@link dev.eet.api.value.Power} (kW),
 * {@link dev.eet.api.value.Price} (currency per kWh) and {@link dev.eet.api.value.Money} (currency), plus
 * {@link dev.eet.api.value.Bytes} for immutable binary values.
 *
 * <h2>Representation and the one rounding rule</h2>
 * Each quantity is a fixed-point {@code long} count of its smallest unit, at a declared scale of
 * {@value dev.eet.api.value.FixedPoint#SCALE} decimal places (micro-kWh, micro-kW, micro-units of currency
 * per kWh, micro-units of currency). {@link java.math.BigDecimal} is used only at the edges (parsing,
 * formatting). <b>Whenever a result has more decimals than the scale it is rounded HALF_EVEN at the declared
 * scale</b>; this is the only rounding rule in EET. Addition, subtraction and multiplication by whole numbers
 * are exact; {@code Energy x Price -> Money}, multiplication by a decimal factor, midpoints and parsing of
 * over-precise decimals are the only places rounding can happen.
 *
 * <h2>Overflow</h2>
 * No operation overflows silently: a result outside the {@code long} range throws
 * {@link java.lang.ArithmeticException} naming the type.
 */
package dev.eet.api.value;
