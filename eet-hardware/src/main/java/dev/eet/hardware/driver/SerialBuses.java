package dev.eet.hardware.driver;

import dev.eet.api.hardware.MeterConfig;
import dev.eet.api.hardware.MeterException;
import dev.eet.hardware.modbus.ModbusRtuMaster;
import dev.eet.hardware.serial.JSerialCommLink;
import java.util.HashMap;
import java.util.Map;

/**
 * The RS485 buses open in this JVM, by port name: several meters on one bus (different unit ids) share one
 * {@link ModbusRtuMaster}, so there is one transaction in flight per bus. A bus is closed when its last lease is.
 */
public final class SerialBuses {
    private static final Map<String, Bus> BUSES = new HashMap<>();

    private SerialBuses() {
    }

    /** A share of an open bus; closing it releases the share. */
    public static final class Lease implements AutoCloseable {
        private final Bus bus;
        private boolean released;

        private Lease(Bus bus) {
            this.bus = bus;
        }

        /** @return the bus's master */
        public ModbusRtuMaster master() {
            return bus.master;
        }

        @Override
        public void close() {
            synchronized (BUSES) {
                if (released) {
                    return;
                }
                released = true;
                if (--bus.leases == 0) {
                    BUSES.remove(bus.port);
                    bus.master.close();
                }
            }
        }
    }

    private static final class Bus {
        final String port;
        final ModbusRtuMaster master;
        final MeterConfig config;
        int leases;

        Bus(String port, ModbusRtuMaster master, MeterConfig config) {
            this.port = port;
            this.master = master;
            this.config = config;
        }
    }

    /**
     * @param config the port and line settings (baud, parity, stop bits, rs485, timeout, retries, echo)
     * @return a lease on the bus, opening the port if needed
     * @throws MeterException naming the port if it cannot be opened or is open with other line settings
     */
    public static Lease acquire(MeterConfig config) {
        synchronized (BUSES) {
            Bus bus = BUSES.get(config.port());
            if (bus == null) {
                JSerialCommLink link = JSerialCommLink.open(config);
                bus = new Bus(config.port(), new ModbusRtuMaster(link, config.baud(), config.responseTimeout(),
                        config.retries(), config.echo()), config);
                BUSES.put(config.port(), bus);
            } else if (bus.config.baud() != config.baud() || bus.config.parity() != config.parity()
                    || bus.config.stopBits() != config.stopBits()) {
                throw new MeterException(config.port(), "bus is already open at " + bus.config.baud() + " baud, "
                        + bus.config.parity().configName() + " parity, " + bus.config.stopBits() + " stop bits");
            }
            bus.leases++;
            return new Lease(bus);
        }
    }
}
