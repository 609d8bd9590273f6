/**
 * Conformance kit for meter drivers (hardware.md section 3): {@link dev.eet.tck.hardware.MeterDriverConformanceKit}
 * (extend it with one class naming your driver and device), its checks on their own
 * ({@link dev.eet.tck.hardware.MeterReadingChecks}), and an in-memory serial port
 * ({@link dev.eet.tck.hardware.InMemorySerialPort}) to run byte-level drivers against a simulated or recorded device,
 * and {@link dev.eet.tck.hardware.SwitchDriverConformanceKit} for relay drivers.
 */
package dev.eet.tck.hardware;
