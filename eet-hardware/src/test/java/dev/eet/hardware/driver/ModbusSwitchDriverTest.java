package dev.eet.hardware.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.hardware.MeterException;
import dev.eet.hardware.modbus.FunctionCode;
import dev.eet.hardware.modbus.ModbusRtuMaster;
import dev.eet.hardware.modbus.ModbusRtuSlave;
import dev.eet.hardware.modbus.RegisterBank;
import dev.eet.hardware.registers.RegisterMap;
import dev.eet.hardware.registers.RegisterMaps;
import dev.eet.tck.hardware.InMemorySerialPort;
import java.io.StringReader;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A relay behind a holding register: set, read back, state mismatch and close. */
class ModbusSwitchDriverTest {

    @Test
    void switchesARelayAndReportsItsState() throws Exception {
        int[] relay = {0};
        RegisterBank bank = new RegisterBank() {
            @Override
            public synchronized int[] read(FunctionCode function, int address, int count) {
                return new int[] {relay[0]};
            }

            @Override
            public synchronized void write(int address, int[] values) {
                relay[0] = values[0];
            }
        };
        RegisterMap map = RegisterMaps.parse(new StringReader("name=relay\nrelay.address=0x0001\nrelay.on=256\nrelay.off=512\n"), "relay");
        InMemorySerialPort port = new InMemorySerialPort("mem-relay");
        try (ModbusRtuSlave slave = new ModbusRtuSlave(port.device(), 2, bank, 9600)) {
            ModbusRtuMaster master = new ModbusRtuMaster(port.open(), 9600, Duration.ofMillis(500), 1, false);
            ModbusSwitchDriver sw = new ModbusSwitchDriver("relay-1", map, master, 2, master);
            relay[0] = 512;
            assertFalse(sw.isOn());
            sw.set(true);
            assertEquals(256, relay[0]);
            assertTrue(sw.isOn());
            relay[0] = 7;
            MeterException e = assertThrows(MeterException.class, sw::isOn);
            assertEquals("mem-relay: unit 2: relay register holds 7, neither on (256) nor off (512)", e.getMessage());
            sw.close();
            assertThrows(MeterException.class, () -> sw.set(false));
            assertFalse(port.isOpen(), "close releases the port");
        }
    }
}
