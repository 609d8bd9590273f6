/**
 * Modbus for meters: request PDUs ({@link dev.eet.hardware.modbus.ModbusRequest}), CRC-16/MODBUS
 * ({@link dev.eet.hardware.modbus.Crc16}), the RTU master and slave over a
 * {@link dev.eet.api.hardware.SerialLink} with t3.5 framing and resynchronisation, the TCP master and slave with
 * MBAP headers over real sockets, and exception responses as named exceptions
 * ({@link dev.eet.hardware.modbus.ModbusExceptionResponse}).
 */
package dev.eet.hardware.modbus;
