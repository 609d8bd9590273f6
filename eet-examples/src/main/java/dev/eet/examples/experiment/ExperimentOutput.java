package dev.eet.examples.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.eet.examples.cli.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes an experiment's result as {@code DIR/NAME.csv}, {@code DIR/NAME.svg} and {@code DIR/NAME.json}. */
public final class ExperimentOutput {
    private ExperimentOutput() {
    }

    /**
     * @param name the experiment name (the file stem)
     * @param result what it produced
     * @param dir the output directory (created if missing)
     * @return the three files written, in the order csv, svg, json
     * @throws IOException if a file cannot be written
     */
    public static List<Path> write(String name, ExperimentResult result, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path csv = dir.resolve(name + ".csv");
        Path svg = dir.resolve(name + ".svg");
        Path json = dir.resolve(name + ".json");
        Files.writeString(csv, result.table().toCsv(), StandardCharsets.UTF_8);
        result.chart().writeTo(svg);
        Files.writeString(json, json(result), StandardCharsets.UTF_8);
        return List.of(csv, svg, json);
    }

    /**
     * @param result a result
     * @return its findings as indented JSON with a final newline, decimals exact
     */
    public static String json(ExperimentResult result) {
        try {
            return Json.MAPPER.writeValueAsString(result.findings()) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise findings", e);
        }
    }
}
