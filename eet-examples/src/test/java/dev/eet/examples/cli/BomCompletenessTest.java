package dev.eet.examples.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The BOM must list every published module of the reactor (all but the BOM itself and the examples). */
class BomCompletenessTest {

    @Test
    void bomListsEveryPublishedModule() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        String reactor = Files.readString(root.resolve("pom.xml"));
        String bom = Files.readString(root.resolve("eet-bom/pom.xml"));
        List<String> missing = new ArrayList<>();
        Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(reactor);
        while (m.find()) {
            String module = m.group(1);
            if (!module.equals("eet-bom") && !module.equals("eet-examples")
                    && !bom.contains("<artifactId>" + module + "</artifactId>")) {
                missing.add(module);
            }
        }
        assertTrue(missing.isEmpty(), "eet-bom does not list: " + missing);
    }
}
