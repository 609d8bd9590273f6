/** Real serial ports: {@link dev.eet.hardware.serial.JSerialCommLink} implements the byte link on jSerialComm. */
package dev.eet.hardware.serial;
