/**
 * The homomorphic-encryption conformance kit: {@link dev.eet.tck.privacy.homomorphic.HomomorphicSchemeConformanceKit}
 * (extend it), {@link dev.eet.tck.privacy.homomorphic.HomomorphicSchemeChecker} (the laws as a reusable checker)
 * and {@link dev.eet.tck.privacy.homomorphic.DecimalArbitraries} (jqwik generators of signed fixed-point values).
 */
package dev.eet.tck.privacy.homomorphic;
