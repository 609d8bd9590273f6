/**
 * What the attribute-based matchers ({@code kprototypes}, {@code cmap}, {@code hfpi}) share: reading an order's
 * preferences with one-line errors that name the order and the preference key ({@link PreferenceReader}),
 * distances between connection points ({@link Distances}), and an exact micro-kWh allocation that turns into a
 * {@link dev.eet.api.matching.MatchResult} with grid fallback ({@link Allocation}).
 */
package dev.eet.matching.attribute;
