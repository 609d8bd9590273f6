package dev.eet.examples.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eet.examples.cli.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the experiments' input tables, shipped as JSON resources next to this class. */
final class Resources {
    private Resources() {
    }

    static JsonNode json(String name) {
        try (InputStream in = Resources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
