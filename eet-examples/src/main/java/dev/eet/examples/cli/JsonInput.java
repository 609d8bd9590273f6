package dev.eet.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a command's JSON input from a file or {@code -} (standard input). Numbers are read as exact
 * {@link java.math.BigDecimal}s, never as doubles. Errors are one-line {@link CliException}s naming the file.
 */
public final class JsonInput {
    /** Shared mapper: decimals exact in and out. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonInput() {
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
}
