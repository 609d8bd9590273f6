package dev.eet.hardware.driver;

import dev.eet.api.hardware.SwitchDriver;
import dev.eet.hardware.modbus.FunctionCode;
import dev.eet.hardware.modbus.ModbusRtuMaster;
import dev.eet.hardware.modbus.ModbusRtuSlave;
import dev.eet.hardware.modbus.RegisterBank;
import dev.eet.hardware.registers.RegisterMap;
import dev.eet.hardware.registers.RegisterMaps;
import dev.eet.tck.hardware.InMemorySerialPort;
import dev.eet.tck.hardware.SwitchDriverConformanceKit;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;

/** The Modbus relay driver passes the switch kit against a simulated relay board on an in-memory port. */
class ModbusSwitchConformanceTest extends SwitchDriverConformanceKit {
    private final int[] relay = {0};
    private final InMemorySerialPort port = new InMemorySerialPort("mem-relay");
    private final ModbusRtuSlave slave = new ModbusRtuSlave(port.device(), 1, new RegisterBank() {
        @Override
        public synchronized int[] read(FunctionCode function, int address, int count) {
            return new int[] {relay[0]};
        }

        @Override
        public synchronized void write(int address, int[] values) {
            relay[0] = values[0];
        }
    }, 115200);
    private final RegisterMap map;

    ModbusSwitchConformanceTest() {
        try {
            map = RegisterMaps.parse(new StringReader("name=relay\nrelay.address=0\n"), "relay");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected SwitchDriver openSwitch() {
        ModbusRtuMaster master = new ModbusRtuMaster(port.open(), 115200, Duration.ofSeconds(1), 1, false);
        return new ModbusSwitchDriver("relay-1", map, master, 1, master);
    }

    @Override
    protected void releaseDevices() {
        slave.close();
    }
}
