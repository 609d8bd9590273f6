package dev.eet.examples.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two attribute-matching experiments: the JSON field names, and what the findings say (seed 7). */
class AttributeExperimentsTest {

    @Test
    void kprototypesVsDa() {
        ExperimentResult r = new KPrototypesVsDaExperiment().run(7);
        JsonNode f = r.findings();
        for (String m : List.of("kprototypes", "da")) {
            for (String field : List.of("cleanShare", "lossPercent", "matchedKwh", "msPerMatch")) {
                assertTrue(f.get(m).has(field), m + "." + field + " in " + f);
            }
        }
        assertTrue(f.get("kprototypes").get("cleanShare").asDouble() > f.get("da").get("cleanShare").asDouble(), f.toString());
        assertTrue(f.get("kprototypes").get("lossPercent").asDouble() < f.get("da").get("lossPercent").asDouble(), f.toString());
    }

    @Test
    void cmapVsBaselines() {
        ExperimentResult r = new CmapVsBaselinesExperiment().run(7);
        JsonNode f = r.findings();
        for (String m : List.of("cmap", "bilateral", "hfpi")) {
            for (String field : List.of("avgDistanceKm", "matchedKwh", "satisfaction", "solveMs")) {
                assertTrue(f.get(m).has(field), m + "." + field + " in " + f);
            }
        }
        assertTrue(f.get("cmap").get("satisfaction").asDouble() > f.get("bilateral").get("satisfaction").asDouble(), f.toString());
    }
}
