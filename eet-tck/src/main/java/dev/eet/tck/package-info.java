/**
 * Conformance kits for EET's SPIs. Each kit is an abstract test class (JUnit 5 {@code @Nested} groups plus
 * jqwik {@code @Property} contract properties); an implementation's conformance test extends it and names the
 * implementation, typically in under twenty lines.
 */
package dev.eet.tck;
