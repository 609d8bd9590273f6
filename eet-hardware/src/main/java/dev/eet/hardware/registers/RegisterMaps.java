package dev.eet.hardware.registers;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.hardware.Parity;
import dev.eet.hardware.modbus.FunctionCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Loads register maps from {@code .properties} data: the built-in maps shipped as resources under
 * {@code dev/eet/hardware/maps/}, or any file. Format (unknown keys are rejected):
 *
 * <pre>
 * name=sdm120
 * description=Eastron SDM120-Modbus single-phase meter
 * baud=2400
 * parity=none
 * stopBits=1
 * default.function=4          # 3 holding, 4 input
 * default.type=f32            # u16 s16 u32 s32 u64 f32
 * default.order=ABCD          # ABCD CDAB BADC DCBA
 * default.scale=1
 * voltage.address=0x0000
 * voltage.unit=V
 * activePower.address=0x000C
 * activePower.scale=-1        # the device counts import as positive; EET counts supply as positive
 * activePower.unit=W
 * </pre>
 *
 * Quantities: importEnergy, exportEnergy (kWh or Wh), activePower (kW or W), voltage (V), current (A or mA),
 * frequency (Hz), relay (with {@code relay.on} / {@code relay.off} raw values). Each point may override
 * {@code function}, {@code type}, {@code order} and {@code scale}; {@code address} and {@code unit} are required.
 */
public final class RegisterMaps {
    /** The maps shipped with EET. */
    public static final List<String> BUILT_IN = List.of("sdm120", "sdm630", "em24", "pzem017", "dds238");

    private static final Set<String> FIELDS = Set.of("function", "address", "type", "order", "scale", "unit");

    private RegisterMaps() {
    }

    /**
     * @param nameOrFile a built-in map name or the path of a map file
     * @return the map
     * @throws InvalidArgumentException naming the map and the key when the data is invalid or missing
     */
    public static RegisterMap load(String nameOrFile) {
        String resource = "/dev/eet/hardware/maps/" + nameOrFile + ".properties";
        if (nameOrFile.matches("[a-z0-9-]+")) {
            InputStream in = RegisterMaps.class.getResourceAsStream(resource);
            if (in != null) {
                try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    return parse(r, nameOrFile);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file)) {
            throw new InvalidArgumentException("register map " + nameOrFile, "map",
                    "is neither a built-in map (" + String.join(", ", BUILT_IN) + ") nor a readable file");
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file.toString());
        } catch (IOException e) {
            throw new InvalidArgumentException("register map " + nameOrFile, "map", "cannot be read: " + e.getMessage());
        }
    }

    /**
     * @param reader properties text
     * @param source the file or resource name, for errors
     * @return the map
     * @throws IOException if reading fails
     */
    public static RegisterMap parse(Reader reader, String source) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        String subject = "register map " + source;
        Set<String> known = new HashSet<>(Set.of("name", "description", "baud", "parity", "stopBits",
                "default.function", "default.type", "default.order", "default.scale", "relay.on", "relay.off"));
        for (Quantity q : Quantity.values()) {
            for (String f : FIELDS) {
                known.add(q.key() + "." + f);
            }
        }
        for (String key : p.stringPropertyNames()) {
            if (!known.contains(key)) {
                throw new InvalidArgumentException(subject, key, "unknown key");
            }
        }
        String name = required(p, "name", subject);
        subject = "register map " + name;
        String defFunction = p.getProperty("default.function", "3");
        String defType = p.getProperty("default.type", "u16");
        String defOrder = p.getProperty("default.order", "ABCD");
        String defScale = p.getProperty("default.scale", "1");
        Map<Quantity, RegisterPoint> points = new EnumMap<>(Quantity.class);
        for (Quantity q : Quantity.values()) {
            String prefix = q.key() + ".";
            if (p.getProperty(prefix + "address") == null) {
                if (p.getProperty(prefix + "unit") != null) {
                    throw new InvalidArgumentException(subject, prefix + "address", "is required");
                }
                continue;
            }
            String ps = subject + " " + q.key();
            FunctionCode function = FunctionCode.read(integer(p.getProperty(prefix + "function", defFunction),
                    ps, "function"), ps);
            int address = integer(p.getProperty(prefix + "address"), ps, "address");
            DataType type = DataType.parse(p.getProperty(prefix + "type", defType), ps);
            WordOrder order = WordOrder.parse(p.getProperty(prefix + "order", defOrder), ps);
            BigDecimal scale = decimal(p.getProperty(prefix + "scale", defScale), ps, "scale");
            String unit = q == Quantity.RELAY ? p.getProperty(prefix + "unit", "") : required(p, prefix + "unit", subject);
            try {
                points.put(q, new RegisterPoint(q, function, address, type, order, scale, unit));
            } catch (InvalidArgumentException e) {
                throw new InvalidArgumentException(subject, prefix + e.field(), e.problem());
            }
        }
        if (points.isEmpty()) {
            throw new InvalidArgumentException(subject, "points", "the map defines no register");
        }
        int baud = integer(p.getProperty("baud", "9600"), subject, "baud");
        int stopBits = integer(p.getProperty("stopBits", "1"), subject, "stopBits");
        if (stopBits != 1 && stopBits != 2) {
            throw new InvalidArgumentException(subject, "stopBits", "must be 1 or 2, was " + stopBits);
        }
        return new RegisterMap(name, p.getProperty("description", name), baud,
                Parity.parse(p.getProperty("parity", "none"), subject), stopBits, points,
                integer(p.getProperty("relay.on", "1"), subject, "relay.on"),
                integer(p.getProperty("relay.off", "0"), subject, "relay.off"));
    }

    private static String required(Properties p, String key, String subject) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new InvalidArgumentException(subject, key, "is required");
        }
        return v.trim();
    }

    private static int integer(String text, String subject, String field) {
        String t = text.trim();
        try {
            return t.startsWith("0x") || t.startsWith("0X") ? Integer.parseInt(t.substring(2), 16) : Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException(subject, field, "must be a whole number (decimal or 0x hex), was '" + text + "'");
        }
    }

    private static BigDecimal decimal(String text, String subject, String field) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException(subject, field, "must be a decimal number, was '" + text + "'");
        }
    }
}
