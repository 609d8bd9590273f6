/**
 * Register maps as data: {@link dev.eet.hardware.registers.RegisterMaps} loads a device's
 * {@link dev.eet.hardware.registers.RegisterMap} (data type, word order, scale, unit and function code of each
 * quantity) from a properties resource or file, and {@link dev.eet.hardware.registers.RegisterCodec} turns
 * registers into exact decimals and back.
 */
package dev.eet.hardware.registers;
