/**
 * Simulated meters (hardware.md section 2): PV, household, battery, EV charger and grid-connection
 * {@link dev.eet.hardware.sim.PowerProfile}s integrated exactly by {@link dev.eet.hardware.sim.SimulatedMeter} in
 * virtual time ({@link dev.eet.hardware.sim.ManualClock}, {@link dev.eet.hardware.sim.ScaledClock}),
 * deterministic for a seed; {@link dev.eet.hardware.sim.MeterRegisterBank} serves a meter as Modbus registers.
 */
package dev.eet.hardware.sim;
