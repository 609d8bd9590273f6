package dev.eet.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code eet meter}: maps, reading a simulated meter, errors, and the socat demo end to end. */
class MeterCommandTest {

    @Test
    void mapsListsTheShippedRegisterMaps() throws Exception {
        CliRun r = CliRun.run("meter", "maps");
        assertEquals(0, r.code(), r.err());
        JsonNode maps = r.json().get("maps");
        assertEquals(5, maps.size());
        assertEquals("sdm120", maps.get(0).get("name").asText());
        assertEquals("2400 8N1", maps.get(0).get("serial").asText());
        assertEquals("9600 8N2", maps.get(3).get("serial").asText());
    }

    @Test
    void readsASimulatedMeterInVirtualTimeDeterministically() throws Exception {
        String[] argv = {"meter", "read", "--driver", "simulated", "--kind", "pv", "--seed", "3", "--count", "97",
            "--interval", "PT15M", "--device-id", "roof"};
        CliRun r = CliRun.run(argv);
        assertEquals(0, r.code(), r.err());
        assertEquals(r.out(), CliRun.run(argv).out(), "same seed, same output");
        JsonNode readings = r.json().get("readings");
        assertEquals(97, readings.size());
        assertEquals("roof", readings.get(0).get("deviceId").asText());
        assertEquals("2024-06-02T00:00:00Z", readings.get(96).get("timestamp").asText());
        BigDecimal dayYield = readings.get(96).get("exportKwh").decimalValue();
        assertTrue(dayYield.compareTo(BigDecimal.valueOf(8)) > 0, "a day of PV: " + dayYield);
        assertTrue(readings.get(52).get("powerKw").decimalValue().signum() > 0, "producing at 13:00");
    }

    @Test
    void errorsNameTheProblem() {
        CliRun r = CliRun.run("meter", "read", "--driver", "nosuch");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("nosuch") && r.err().contains("modbus-rtu, modbus-tcp, simulated"), r.err());
        r = CliRun.run("meter", "read", "--driver", "modbus-rtu", "--port", "/dev/ttyEET-missing", "--map", "sdm120");
        assertEquals(1, r.code());
        assertEquals("eet meter: /dev/ttyEET-missing: cannot open serial port: no such device\n", r.err());
        r = CliRun.run("meter", "read", "--driver", "modbus-rtu", "--port", "/dev/null");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("map: is required"), r.err());
        r = CliRun.run("meter", "read", "--driver", "simulated", "--kind", "wind");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("kind: must be pv, household, battery, ev or grid, was 'wind'"), r.err());
        assertEquals(2, CliRun.run("meter").code());
        assertEquals(2, CliRun.run("meter", "fly").code());
        assertEquals(2, CliRun.run("meter", "read", "--driver", "simulated", "--interval", "soon").code());
        assertEquals(2, CliRun.run("meter", "read", "--driver", "simulated", "--colour", "red").code());
    }

    private static String socat() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            File f = new File(dir, "socat");
            if (f.canExecute()) {
                return f.getPath();
            }
        }
        return null;
    }

    @Test
    void simulateAndReadOverASocatPtyPair() throws Exception {
        String socat = socat();
        assumeTrue(socat != null, "socat is not installed (apt-get install socat): demo test skipped");
        Process p = new ProcessBuilder(socat, "-d", "-d", "pty,raw,echo=0", "pty,raw,echo=0").redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            List<String> ptys = new ArrayList<>();
            Pattern pty = Pattern.compile("PTY is (\\S+)");
            while (ptys.size() < 2) {
                String line = lines.readLine();
                assertTrue(line != null, "socat ended early");
                Matcher m = pty.matcher(line);
                if (m.find()) {
                    ptys.add(m.group(1));
                }
            }
            ByteArrayOutputStream simOut = new ByteArrayOutputStream();
            PrintStream simPrint = new PrintStream(simOut, true, StandardCharsets.UTF_8);
            Thread simulator = new Thread(() -> new Eet().run(List.of("meter", "simulate", "--port", ptys.get(0),
                    "--map", "em24", "--unit", "3", "--kind", "grid", "--seed", "9", "--speed", "3600",
                    "--start", "2024-06-01T08:00:00Z", "--duration", "PT6S"),
                    new CommandIo(new ByteArrayInputStream(new byte[0]), simPrint, simPrint)));
            simulator.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!simOut.toString(StandardCharsets.UTF_8).contains("serving") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(simOut.toString(StandardCharsets.UTF_8).startsWith("eet meter simulate: serving a simulated grid meter as em24 unit 3 on "
                    + ptys.get(0) + " (9600 baud, 8N1"), simOut.toString(StandardCharsets.UTF_8));
            CliRun r = CliRun.run("meter", "read", "--driver", "modbus-rtu", "--port", ptys.get(1), "--map", "em24", "--unit", "3",
                    "--timeout", "1000", "--count", "2", "--interval", "PT0.5S");
            assertEquals(0, r.code(), r.err());
            JsonNode readings = r.json().get("readings");
            assertEquals(2, readings.size());
            assertEquals(ptys.get(1) + "#3", readings.get(0).get("deviceId").asText());
            assertTrue(readings.get(1).get("voltageV").decimalValue().compareTo(BigDecimal.valueOf(200)) > 0, r.out());
            BigDecimal e0 = readings.get(0).get("exportKwh").decimalValue().add(readings.get(0).get("importKwh").decimalValue());
            BigDecimal e1 = readings.get(1).get("exportKwh").decimalValue().add(readings.get(1).get("importKwh").decimalValue());
            assertTrue(e1.compareTo(e0) > 0, "half a real second is half a simulated hour at 3600x: " + r.out());
            simulator.join(15_000);
            assertTrue(simOut.toString(StandardCharsets.UTF_8).contains("eet meter simulate: served "), simOut.toString(StandardCharsets.UTF_8));
        } finally {
            p.destroy();
            p.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
