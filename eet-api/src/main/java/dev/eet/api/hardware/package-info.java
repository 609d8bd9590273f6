/**
 * The hardware SPI meter vendors implement (hardware.md): a {@link dev.eet.api.hardware.MeterDriver} reads
 * {@link dev.eet.api.model.MeterReading}s, a {@link dev.eet.api.hardware.SwitchDriver} switches a relay;
 * drivers are found by scheme name through {@link dev.eet.api.hardware.MeterDriverProvider} and configured by a
 * {@link dev.eet.api.spi.Config} (port, baud, parity, stop bits, unit id, register map, poll period).
 */
package dev.eet.api.hardware;
