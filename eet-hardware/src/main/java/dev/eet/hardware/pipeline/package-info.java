/**
 * The reading pipeline: {@link dev.eet.hardware.pipeline.ReadingPipeline} turns counter readings into
 * {@link dev.eet.hardware.pipeline.PeriodEnergy} per upload period (resets, gaps, duplicates, out-of-order samples,
 * no double counting), and readings and periods are signed for the chain with a
 * {@link dev.eet.hardware.pipeline.Signer} ({@link dev.eet.hardware.pipeline.Ed25519Signer} on the JDK provider).
 */
package dev.eet.hardware.pipeline;
