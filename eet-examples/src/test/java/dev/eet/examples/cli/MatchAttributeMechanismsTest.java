package dev.eet.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eet match} with the attribute-based mechanisms {@code kprototypes}, {@code cmap} and {@code hfpi}, using
 * the optional order fields (location, energyType, credit, preferences); bad preferences give the one-line named
 * error.
 */
class MatchAttributeMechanismsTest {
    @TempDir
    Path dir;

    private static String book(String mechanism, String params, String buyerPreferences) {
        return """
                { "mechanism": "%s", "params": { %s },
                  "orders": [
                    { "id": "S1", "participant": "S1", "side": "SELL", "price": 0.30, "quantityKwh": 10,
                      "energyType": "THERMAL", "latitude": 30.000, "longitude": 120.000, "credit": 90 },
                    { "id": "S2", "participant": "S2", "side": "SELL", "price": 0.32, "quantityKwh": 10,
                      "energyType": "SOLAR", "latitude": 30.001, "longitude": 120.001, "credit": 100 },
                    { "id": "B1", "participant": "B1", "side": "BUY", "price": 0.50, "quantityKwh": 12,
                      "energyType": "SOLAR", "latitude": 30.002, "longitude": 120.000, "credit": 95,
                      "preferences": { %s } } ] }""".formatted(mechanism, params, buyerPreferences);
    }

    private CliRun run(String json) throws IOException {
        Path f = dir.resolve("book.json");
        Files.writeString(f, json);
        return CliRun.run("match", "--input", f.toString());
    }

    @Test
    void kprototypesClearsABookWithEveryOptionalField() throws IOException {
        CliRun r = run(book("kprototypes", "\"seed\": 7, \"clusters\": 1",
                "\"alpha\": { \"price\": 0.5 }, \"maxLossPercent\": 5"));
        assertEquals(0, r.code(), r.err());
        JsonNode o = r.json();
        assertEquals("kprototypes", o.get("mechanism").asText());
        // B1 asks for SOLAR: S2 first (10 kWh at its price 0.32), then 2 kWh from S1 at 0.30
        assertEquals("S2", o.get("trades").get(0).get("seller").asText());
        assertEquals("0.32", o.get("trades").get(0).get("price").decimalValue().toPlainString());
        assertEquals("S1", o.get("trades").get(1).get("seller").asText());
        assertEquals("12", o.get("summary").get("peerKwh").decimalValue().toPlainString());
    }

    @Test
    void cmapClearsABookWithSplitOrdersAndPreferences() throws IOException {
        CliRun r = run(book("cmap", "\"rejectBelow\": 0, \"buyerWeight\": 0.7, \"sellerWeight\": 0.3",
                "\"requirements\": [\"price\", \"energyType\", \"loss\"], \"weights\": [0.3, 0.5, 0.2]"));
        assertEquals(0, r.code(), r.err());
        JsonNode o = r.json();
        assertEquals("cmap", o.get("mechanism").asText());
        // the buyer's 12 kWh are split across both sellers (one seller has only 10)
        assertEquals(2, o.get("trades").size(), o.toString());
        assertEquals("12", o.get("summary").get("peerKwh").decimalValue().toPlainString());
    }

    @Test
    void hfpiClearsABookOneToOne() throws IOException {
        CliRun r = run(book("hfpi", "", "\"requirements\": \"energyType,price\", \"weights\": \"0.8,0.2\""));
        assertEquals(0, r.code(), r.err());
        JsonNode o = r.json();
        assertEquals("hfpi", o.get("mechanism").asText());
        assertEquals(1, o.get("trades").size(), o.toString());
        assertEquals("10", o.get("summary").get("peerKwh").decimalValue().toPlainString());
        assertEquals("2", o.get("summary").get("gridImportKwh").decimalValue().toPlainString());
    }

    @Test
    void badPreferencesGiveTheOneLineNamedError() throws IOException {
        assertError(run(book("kprototypes", "", "\"alpha\": { \"price\": 1.5 }")),
                "order B1: preferences.alpha.price: must be in [0, 1], was 1.5");
        assertError(run(book("cmap", "", "\"weights\": [0.5, \"heavy\", 0.2]")),
                "order B1: preferences.weights: must be a finite number, was 'heavy'");
        assertError(run(book("hfpi", "", "\"requirements\": \"price,colour\"")),
                "order B1: preferences.requirements: 'colour' is not one of price, supply, loss, energyType, "
                        + "environment, reputation");
        CliRun r = run(book("cmap", "", "\"rejectbelow\": 0.3"));
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("eet match: order B1: preferences.rejectbelow: unknown preference (known: "),
                r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    private static void assertError(CliRun r, String message) {
        assertEquals(1, r.code(), r.err());
        assertEquals("eet match: " + message + "\n", r.err());
        assertEquals("", r.out());
    }
}
