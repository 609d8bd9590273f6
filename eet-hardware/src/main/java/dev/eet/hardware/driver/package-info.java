/**
 * The reference drivers: {@code modbus-rtu} and {@code modbus-tcp} meters ({@link dev.eet.hardware.driver.ModbusMeterDriver})
 * and switches ({@link dev.eet.hardware.driver.ModbusSwitchDriver}) configured by a register map, and the
 * {@code simulated} meter driver; all registered for {@link java.util.ServiceLoader}.
 */
package dev.eet.hardware.driver;
