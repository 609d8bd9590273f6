/**
 * The hardware SPI meter vendors implement (hardware.md section 1): a {@link dev.eet.api.hardware.MeterDriver}
 * reads {@link dev.eet.api.model.MeterReading}s, a {@link dev.eet.api.hardware.SwitchDriver} switches a relay;
 * drivers are found by scheme name through {@link dev.eet.api.hardware.MeterDriverProvider} and
 * {@link dev.eet.api.hardware.SwitchDriverProvider} and configured by a {@link dev.eet.api.spi.Config} read into a
 * typed {@link dev.eet.api.hardware.MeterConfig} (port, baud, parity, stop bits, unit id, register map, poll
 * period, timeout, retries). Byte-level drivers talk over a {@link dev.eet.api.hardware.SerialLink} so they can be
 * tested without hardware. Failures are {@link dev.eet.api.hardware.MeterException}s naming the port and cause.
 */
package dev.eet.api.hardware;
