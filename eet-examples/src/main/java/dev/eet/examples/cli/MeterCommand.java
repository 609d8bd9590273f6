package dev.eet.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eet.api.InvalidArgumentException;
import dev.eet.api.hardware.MeterDriver;
import dev.eet.api.hardware.MeterDriverProvider;
import dev.eet.api.model.MeterReading;
import dev.eet.api.spi.Config;
import dev.eet.api.spi.ProviderRegistry;
import dev.eet.hardware.modbus.ModbusRtuSlave;
import dev.eet.hardware.registers.RegisterMap;
import dev.eet.hardware.registers.RegisterMaps;
import dev.eet.hardware.serial.JSerialCommLink;
import dev.eet.hardware.sim.ManualClock;
import dev.eet.hardware.sim.MeterRegisterBank;
import dev.eet.hardware.sim.ScaledClock;
import dev.eet.hardware.sim.SimulatedMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code eet meter}: read a meter through any registered driver, serve a simulated meter as a Modbus RTU slave on
 * a serial port, or list the built-in register maps.
 */
final class MeterCommand implements Command {
    /** CLI option to driver configuration key. */
    private static final Map<String, String> DRIVER_KEYS = new LinkedHashMap<>();

    static {
        DRIVER_KEYS.put("port", "port");
        DRIVER_KEYS.put("map", "map");
        DRIVER_KEYS.put("unit", "unit");
        DRIVER_KEYS.put("baud", "baud");
        DRIVER_KEYS.put("parity", "parity");
        DRIVER_KEYS.put("stop-bits", "stopBits");
        DRIVER_KEYS.put("timeout", "timeout");
        DRIVER_KEYS.put("retries", "retries");
        DRIVER_KEYS.put("rs485", "rs485");
        DRIVER_KEYS.put("echo", "echo");
        DRIVER_KEYS.put("device-id", "deviceId");
        DRIVER_KEYS.put("kind", "kind");
        DRIVER_KEYS.put("peak-kw", "peakKw");
        DRIVER_KEYS.put("capacity-kwh", "capacityKwh");
        DRIVER_KEYS.put("charger-kw", "chargerKw");
        DRIVER_KEYS.put("voltage", "voltage");
    }

    @Override
    public String name() {
        return "meter";
    }

    @Override
    public String summary() {
        return "read a real meter or serve a simulated one over Modbus RTU";
    }

    @Override
    public String usage() {
        return """
                usage: eet meter read --driver NAME [--port PORT] [--map NAME|FILE] [--unit N] [--baud B]
                                      [--parity none|even|odd] [--stop-bits 1|2] [--timeout MS] [--retries N]
                                      [--rs485 true] [--echo true] [--device-id ID] [--count N] [--interval DURATION]
                                      [--kind pv|household|battery|ev|grid --seed S --start ISO-INSTANT]  (simulated)
                       eet meter simulate --port PORT [--map NAME|FILE] [--unit N] [--kind KIND] [--seed S]
                                      [--speed FACTOR] [--start ISO-INSTANT] [--duration DURATION] [--baud B]
                                      [--parity P] [--stop-bits 1|2] [--voltage V]
                       eet meter maps

                read      reads a meter and prints {"driver", "readings": [...]} as JSON (energy kWh, power kW,
                          + supply / - consumption). Drivers: modbus-rtu (--port /dev/ttyUSB0 --map sdm120),
                          modbus-tcp (--port host:502), simulated (no port; virtual time advances by --interval
                          between reads, starting at --start, default 2024-06-01T00:00:00Z).
                simulate  serves a simulated meter as a Modbus RTU slave on PORT using the register map's layout and
                          line settings, until --duration (real time) passes or the process is stopped. --speed 60
                          runs one simulated hour per real minute. Demo without hardware:
                            socat -d -d pty,raw,echo=0 pty,raw,echo=0      (prints two ptys, e.g. /dev/pts/3 and 4)
                            eet meter simulate --port /dev/pts/3 --map sdm120 --kind pv --speed 60
                            eet meter read --driver modbus-rtu --port /dev/pts/4 --map sdm120
                maps      lists the built-in register maps.
                Durations are ISO-8601 (PT15M) or milliseconds.""";
    }

    @Override
    public int run(Args args, CommandIo io) throws Exception {
        if (args.positional().size() != 1) {
            throw new CliException("eet meter: expected one of read, simulate, maps (see eet meter --help)", 2);
        }
        return switch (args.positional().get(0)) {
            case "read" -> read(args, io);
            case "simulate" -> simulate(args, io);
            case "maps" -> maps(args, io);
            default -> throw new CliException("eet meter: unknown action '" + args.positional().get(0)
                    + "' (expected read, simulate or maps)", 2);
        };
    }

    private int maps(Args args, CommandIo io) {
        args.requireOnly(Set.of());
        ObjectNode root = Json.object();
        ArrayNode maps = root.putArray("maps");
        for (String name : RegisterMaps.BUILT_IN) {
            RegisterMap m = RegisterMaps.load(name);
            ObjectNode n = maps.addObject();
            n.put("name", m.name());
            n.put("description", m.description());
            n.put("serial", m.baud() + " " + lineSettings(m));
            ArrayNode q = n.putArray("quantities");
            m.points().keySet().forEach(k -> q.add(k.key()));
        }
        Json.write(root, io);
        return 0;
    }

    private static String lineSettings(RegisterMap m) {
        return "8" + m.parity().configName().toUpperCase().charAt(0) + m.stopBits();
    }

    private int read(Args args, CommandIo io) throws InterruptedException {
        Set<String> known = new java.util.HashSet<>(DRIVER_KEYS.keySet());
        known.addAll(Set.of("driver", "count", "interval", "seed", "start"));
        args.requireOnly(known);
        String driverName = args.required("driver");
        long count = args.longOption("count", 1);
        if (count < 1 || count > 100_000) {
            throw new CliException("option --count must be 1 to 100000, was " + count, 2);
        }
        Duration interval = args.option("interval").isPresent() ? duration(args, "interval") : Duration.ofSeconds(1);
        boolean simulated = driverName.equals("simulated");
        ManualClock virtual = simulated ? new ManualClock(instant(args, "start", Instant.parse("2024-06-01T00:00:00Z"))) : null;
        Clock clock = simulated ? virtual : Clock.systemUTC();
        Config.Builder config = Config.builder("meter driver " + driverName).clock(clock).seed(args.longOption("seed", 0));
        for (Map.Entry<String, String> e : DRIVER_KEYS.entrySet()) {
            args.option(e.getKey()).ifPresent(v -> config.put(e.getValue(), v));
        }
        MeterDriverProvider provider = ProviderRegistry.load(MeterDriverProvider.class).get(driverName);
        ObjectNode root = Json.object();
        root.put("driver", driverName);
        ArrayNode readings = root.putArray("readings");
        try (MeterDriver driver = provider.create(config.build())) {
            for (long i = 0; i < count; i++) {
                if (i > 0) {
                    if (simulated) {
                        virtual.advance(interval);
                    } else {
                        Thread.sleep(interval.toMillis());
                    }
                }
                readings.add(json(driver.read()));
            }
        }
        Json.write(root, io);
        return 0;
    }

    static ObjectNode json(MeterReading r) {
        ObjectNode n = Json.object();
        n.put("deviceId", r.deviceId());
        n.put("timestamp", r.timestamp().toString());
        n.put("importKwh", Json.exact(r.importEnergy().toKwh()));
        n.put("exportKwh", Json.exact(r.exportEnergy().toKwh()));
        n.put("powerKw", Json.exact(r.activePower().toKw()));
        n.put("voltageV", Json.exact(r.voltage()));
        n.put("currentA", Json.exact(r.current()));
        n.put("quality", r.quality().name());
        return n;
    }

    private int simulate(Args args, CommandIo io) throws InterruptedException {
        args.requireOnly(Set.of("port", "map", "unit", "kind", "seed", "speed", "start", "duration", "baud", "parity",
                "stop-bits", "voltage", "peak-kw", "capacity-kwh", "charger-kw"));
        String port = args.required("port");
        RegisterMap map = RegisterMaps.load(args.option("map").orElse("sdm120"));
        long unit = args.longOption("unit", 1);
        if (unit < 1 || unit > 247) {
            throw new CliException("option --unit must be 1 to 247, was " + unit, 2);
        }
        long speed = args.longOption("speed", 1);
        if (speed < 1) {
            throw new CliException("option --speed must be at least 1, was " + speed, 2);
        }
        Instant start = instant(args, "start", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        Clock clock = new ScaledClock(Clock.systemUTC(), start, speed);
        Config.Builder sim = Config.builder("simulated meter").seed(args.longOption("seed", 0));
        sim.put("kind", args.option("kind").orElse("pv"));
        args.option("voltage").ifPresent(v -> sim.put("voltage", v));
        args.option("peak-kw").ifPresent(v -> sim.put("peakKw", v));
        args.option("capacity-kwh").ifPresent(v -> sim.put("capacityKwh", v));
        args.option("charger-kw").ifPresent(v -> sim.put("chargerKw", v));
        SimulatedMeter meter = SimulatedMeter.create("sim-" + args.option("kind").orElse("pv"), sim.build(), clock.instant());
        int baud = (int) args.longOption("baud", map.baud());
        dev.eet.api.hardware.Parity parity = args.option("parity")
                .map(p -> dev.eet.api.hardware.Parity.parse(p, "eet meter simulate")).orElse(map.parity());
        int stopBits = (int) args.longOption("stop-bits", map.stopBits());
        if (stopBits != 1 && stopBits != 2) {
            throw new CliException("option --stop-bits must be 1 or 2, was " + stopBits, 2);
        }
        Duration duration = args.option("duration").isPresent() ? duration(args, "duration") : null;
        JSerialCommLink link = JSerialCommLink.open(port, baud, parity, stopBits, false);
        try (ModbusRtuSlave slave = new ModbusRtuSlave(link, (int) unit,
                new MeterRegisterBank(map, () -> meter.readAt(clock.instant())), baud)) {
            io.out().println("eet meter simulate: serving a simulated " + meter.kind().configName() + " meter as "
                    + map.name() + " unit " + unit + " on " + port + " (" + baud + " baud, 8"
                    + parity.configName().toUpperCase().charAt(0) + stopBits + ", virtual time from " + start
                    + " at " + speed + "x)" + (duration == null ? "; stop with Ctrl-C" : " for " + duration));
            io.out().flush();
            if (duration == null) {
                Thread.currentThread().join();
            } else {
                Thread.sleep(duration.toMillis());
            }
            io.out().println("eet meter simulate: served " + slave.served() + " requests, dropped " + slave.garbled()
                    + " garbled frames");
        }
        return 0;
    }

    private static Duration duration(Args args, String option) {
        try {
            Duration d = Config.builder("eet meter").put(option, args.required(option)).build().getDuration(option, null);
            if (d.isNegative()) {
                throw new InvalidArgumentException("eet meter", option, "negative");
            }
            return d;
        } catch (InvalidArgumentException e) {
            throw new CliException("option --" + option + " must be an ISO-8601 duration such as PT15M or milliseconds, was '"
                    + args.option(option).orElse("") + "'", 2);
        }
    }

    private static Instant instant(Args args, String option, Instant fallback) {
        String v = args.option(option).orElse(null);
        if (v == null) {
            return fallback;
        }
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new CliException("option --" + option + " must be an ISO-8601 instant such as 2024-06-01T00:00:00Z, was '" + v + "'", 2);
        }
    }
}
