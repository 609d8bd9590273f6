package dev.eet.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eet.api.InvalidArgumentException;
import java.math.BigDecimal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/**
 * JSON in and out for the commands. Input comes from a file or {@code -} (standard input); numbers are read as
 * exact {@link java.math.BigDecimal}s and written in plain notation, never through a double (no
 * {@code 0.49249999999999994}). Errors are one-line {@link CliException}s naming the file.
 */
public final class Json {
    /** Shared mapper: decimals exact in and out. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    /**
     * @param source a file path or {@code -}
     * @param io where standard input comes from
     * @return the parsed document
     * @throws CliException if the file is missing or unreadable or the JSON is malformed
     */
    public static JsonNode read(String source, CommandIo io) {
        String name = source.equals("-") ? "standard input" : source;
        try {
            if (source.equals("-")) {
                return parse(io.in(), name);
            }
            Path path = Path.of(source);
            if (Files.isDirectory(path)) {
                throw new CliException(name + ": is a directory, not a JSON file");
            }
            try (InputStream in = Files.newInputStream(path)) {
                return parse(in, name);
            }
        } catch (NoSuchFileException e) {
            throw new CliException(name + ": file not found");
        } catch (IOException e) {
            throw new CliException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static JsonNode parse(InputStream in, String name) throws IOException {
        try {
            JsonNode node = MAPPER.readTree(in);
            if (node == null || node.isMissingNode()) {
                throw new CliException(name + ": empty input, expected a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new CliException(name + ": malformed JSON" + where + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Rejects the first field of an object that is not one of the known ones (so a misspelt field is never
     * silently ignored).
     *
     * @param node a JSON object
     * @param known the field names it may have
     * @param subject what the object is, for the error (e.g. {@code input}, {@code order S1})
     * @throws InvalidArgumentException {@code subject: field: unknown field (known: a, b, c)}, the known names
     *     sorted
     */
    public static void requireKnownFields(JsonNode node, Set<String> known, String subject) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!known.contains(n)) {
                throw new InvalidArgumentException(subject, n, "unknown field (known: "
                        + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
    }

    /** @return a new empty JSON object */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /**
     * A decimal for output: trailing zeros stripped, so {@code 0.470000} prints as {@code 0.47} and
     * {@code 220.000000} as {@code 220}.
     *
     * @param value an exact value
     * @return the normalised value
     */
    public static BigDecimal exact(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /**
     * Prints a document, indented, followed by a newline.
     *
     * @param node the document
     * @param io where to print
     */
    public static void write(JsonNode node, CommandIo io) {
        try {
            io.out().println(MAPPER.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise output", e);
        }
    }
}
