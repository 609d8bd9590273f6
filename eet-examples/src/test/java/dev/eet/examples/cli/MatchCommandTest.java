package dev.eet.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eet match} as node.md specifies it, including every bad-input case of the issue. */
class MatchCommandTest {
    private static final String NODE_MD_EXAMPLE = """
            {
              "mechanism": "cda",
              "params": { "beta": 0.1, "gridRetailPrice": 0.59, "gridFeedInPrice": 0.31 },
              "orders": [
                { "id": "S1", "participant": "S1", "side": "SELL", "price": 0.41,
                  "reservePrice": 0.34, "quantityKwh": 220 },
                { "id": "B1", "participant": "B1", "side": "BUY",  "price": 0.53,
                  "reservePrice": 0.58, "quantityKwh": 400 }
              ]
            }""";

    @TempDir
    Path dir;

    private Path file(String json) throws IOException {
        Path f = dir.resolve("book.json");
        Files.writeString(f, json);
        return f;
    }

    @Test
    void nodeMdExampleFromAFile() throws IOException {
        CliRun r = CliRun.run("match", "--input", file(NODE_MD_EXAMPLE).toString());
        assertEquals(0, r.code(), r.err());
        // 220 kWh at (0.41 + 0.53) / 2 = 0.47; B1's other 180 kWh from the grid at 0.59.
        // buyers 103.4 + 106.2 = 209.6 vs 236 grid only: 11.19 %; sellers 103.4 vs 68.2: 51.61 %
        JsonNode expected = Json.MAPPER.readTree("""
                { "mechanism": "cda",
                  "trades": [ { "seller": "S1", "buyer": "B1", "quantityKwh": 220, "price": 0.47, "round": 1 } ],
                  "gridTrades": [ { "participant": "B1", "side": "BUY", "quantityKwh": 180, "price": 0.59 } ],
                  "summary": { "peerKwh": 220, "gridImportKwh": 180, "gridExportKwh": 0,
                               "buyerCost": 209.6, "buyerCostGridOnly": 236, "buyerSavingPercent": 11.19,
                               "sellerRevenue": 103.4, "sellerRevenueGridOnly": 68.2, "sellerGainPercent": 51.61 } }""");
        assertEquals(expected, r.json());
        String text = r.out();
        assertTrue(text.contains("\"price\" : 0.47,"), text);
        assertTrue(text.contains("\"buyerCost\" : 209.6,"), text);
    }

    @Test
    void readsStandardInputAndPrintsExactDecimals() throws IOException {
        // midpoint of 0.415 and 0.5701 is 0.49255: printed exactly, never as 0.49254999999999993
        String book = """
                { "mechanism": "cda", "orders": [
                  { "id": "S1", "participant": "A", "side": "SELL", "price": 0.415, "quantityKwh": 1.5 },
                  { "id": "B1", "participant": "B", "side": "buy", "price": 0.5701, "quantityKwh": 1.5 } ] }""";
        CliRun r = CliRun.withInput(book, "match", "--input", "-");
        assertEquals(0, r.code(), r.err());
        String text = r.out();
        assertTrue(text.contains("\"price\" : 0.49255,"), text);
        assertTrue(text.contains("\"quantityKwh\" : 1.5,"), text);
        assertEquals(0, r.json().get("gridTrades").size());
    }

    @Test
    void anyRegisteredMatcherByNameWithItsParams() throws IOException {
        String book = """
                { "mechanism": "bilateral", "params": { "gridRetailPrice": 0.7, "gridFeedInPrice": 0.2 },
                  "orders": [
                  { "id": "S1", "participant": "S1", "side": "SELL", "price": 0.30, "quantityKwh": 10 },
                  { "id": "B1", "participant": "B1", "side": "BUY", "price": 0.50, "quantityKwh": 4 } ] }""";
        CliRun r = CliRun.withInput(book, "match", "--input", "-");
        assertEquals(0, r.code(), r.err());
        JsonNode o = r.json();
        assertEquals("bilateral", o.get("mechanism").asText());
        assertEquals("0.4", o.get("trades").get(0).get("price").decimalValue().toPlainString());
        assertEquals("0.2", o.get("gridTrades").get(0).get("price").decimalValue().toPlainString());
        assertEquals("SELL", o.get("gridTrades").get(0).get("side").asText());
    }

    @Test
    void timeDecidesPriorityNotTheArrayOrder() throws IOException {
        // two sellers at the same price; the later array entry was submitted first, so it trades
        String book = """
                { "mechanism": "cda", "orders": [
                  { "id": "late", "participant": "L", "side": "SELL", "price": 0.3, "quantityKwh": 5,
                    "time": "2026-11-21T10:05:00Z" },
                  { "id": "early", "participant": "E", "side": "SELL", "price": 0.3, "quantityKwh": 5,
                    "time": "2026-11-21T11:00:00+02:00" },
                  { "id": "B", "participant": "B", "side": "BUY", "price": 0.5, "quantityKwh": 5,
                    "time": "2026-11-21T10:10:00Z" } ] }""";
        CliRun r = CliRun.withInput(book, "match", "--input", "-");
        assertEquals(0, r.code(), r.err());
        assertEquals("E", r.json().get("trades").get(0).get("seller").asText());
    }

    @Test
    void renewableFirstByName() throws IOException {
        String book = """
                { "mechanism": "da-renewable-first", "orders": [
                  { "id": "T", "participant": "T", "side": "SELL", "price": 0.3, "quantityKwh": 5, "energyType": "THERMAL" },
                  { "id": "W", "participant": "W", "side": "SELL", "price": 0.4, "quantityKwh": 5, "energyType": "wind" },
                  { "id": "B", "participant": "B", "side": "BUY", "price": 0.5, "quantityKwh": 5 } ] }""";
        CliRun r = CliRun.withInput(book, "match", "--input", "-");
        assertEquals(0, r.code(), r.err());
        assertEquals("W", r.json().get("trades").get(0).get("seller").asText());
    }

    private CliRun assertOneLineError(String book, String expectedMessage, String... extraArgs) throws IOException {
        List<String> args = new ArrayList<>(List.of("match", "--input", file(book).toString()));
        args.addAll(List.of(extraArgs));
        CliRun r = CliRun.run(args.toArray(String[]::new));
        assertEquals(1, r.code(), "exit code; stderr: " + r.err());
        assertEquals("eet match: " + expectedMessage + "\n", r.err());
        assertEquals("", r.out(), "nothing on stdout");
        return r;
    }

    private static String oneOrder(String fields) {
        return """
                { "mechanism": "cda", "orders": [
                  { "id": "B1", "participant": "B1", "side": "BUY", "price": 0.5, "quantityKwh": 5 },
                  { %s } ] }""".formatted(fields);
    }

    @Test
    void negativeQuantityNamesOrderAndField() throws IOException {
        assertOneLineError(oneOrder("\"id\": \"S1\", \"participant\": \"S1\", \"side\": \"SELL\", \"price\": 0.3, \"quantityKwh\": -3"),
                "order S1: quantityKwh: must be positive, was -3");
    }

    @Test
    void zeroQuantityNamesOrderAndField() throws IOException {
        assertOneLineError(oneOrder("\"id\": \"S1\", \"participant\": \"S1\", \"side\": \"SELL\", \"price\": 0.3, \"quantityKwh\": 0"),
                "order S1: quantityKwh: must be positive, was 0");
    }

    @Test
    void unknownSideNamesOrderAndField() throws IOException {
        assertOneLineError(oneOrder("\"id\": \"S1\", \"participant\": \"S1\", \"side\": \"HOLD\", \"price\": 0.3, \"quantityKwh\": 3"),
                "order S1: side: must be BUY or SELL, was 'HOLD'");
    }

    @Test
    void sellerReserveAboveLimitNamesOrderAndField() throws IOException {
        assertOneLineError(oneOrder("\"id\": \"S1\", \"participant\": \"S1\", \"side\": \"SELL\", \"price\": 0.3, "
                        + "\"reservePrice\": 0.35, \"quantityKwh\": 3"),
                "order S1: reservePrice: a seller's reserve (0.35) must not be above its limit price (0.3)");
    }

    @Test
    void buyerReserveBelowLimitNamesOrderAndField() throws IOException {
        assertOneLineError(oneOrder("\"id\": \"B2\", \"participant\": \"B2\", \"side\": \"BUY\", \"price\": 0.5, "
                        + "\"reservePrice\": 0.45, \"quantityKwh\": 3"),
                "order B2: reservePrice: a buyer's reserve (0.45) must not be below its limit price (0.5)");
    }

    @Test
    void duplicateIdNamesOrderAndField() throws IOException {
        assertOneLineError(oneOrder("\"id\": \"B1\", \"participant\": \"X\", \"side\": \"SELL\", \"price\": 0.3, \"quantityKwh\": 3"),
                "order B1: id: duplicate order id");
    }

    @Test
    void missingPriceNamesOrderAndField() throws IOException {
        assertOneLineError(oneOrder("\"id\": \"S1\", \"participant\": \"S1\", \"side\": \"SELL\", \"quantityKwh\": 3"),
                "order S1: price: is required");
    }

    @Test
    void unknownMechanismListsTheKnownOnes() throws IOException {
        CliRun r = assertOneLineError("{ \"mechanism\": \"cdaa\", \"orders\": [] }",
                "unknown matcher 'cdaa' (known: " + String.join(", ",
                        dev.eet.api.spi.ProviderRegistry.load(dev.eet.api.matching.MatcherProvider.class).names()) + ")");
        assertTrue(r.err().contains("cda, "), r.err());
    }

    @Test
    void malformedJsonSaysWhere() throws IOException {
        Path f = file("{ \"mechanism\": \"cda\", \"orders\": [ { \"id\": \"S1\", } ] }");
        CliRun r = CliRun.run("match", "--input", f.toString());
        assertEquals(1, r.code());
        String e = r.err();
        assertTrue(e.startsWith("eet match: " + f + ": malformed JSON at line 1, column "), e);
        assertEquals(1, e.lines().count(), e);
    }

    @Test
    void missingFileIsNamed() {
        Path f = dir.resolve("nope.json");
        CliRun r = CliRun.run("match", "--input", f.toString());
        assertEquals(1, r.code());
        assertEquals("eet match: " + f + ": file not found\n", r.err());
    }

    @Test
    void invalidParameterNamesTheMatcherAndKey() throws IOException {
        assertOneLineError("{ \"mechanism\": \"cda\", \"params\": { \"beta\": 2 }, \"orders\": [] }",
                "matcher cda: beta: must be in [0, 1], was 2");
        assertOneLineError("{ \"mechanism\": \"cda\", \"params\": { \"gamma\": 2 }, \"orders\": [] }",
                "matcher cda: gamma: unknown parameter (known: beta, gridFeedInPrice, gridRetailPrice)");
    }

    @Test
    void otherFieldProblemsNameOrderAndField() throws IOException {
        assertOneLineError(oneOrder("\"id\": \"S1\", \"participant\": \"S1\", \"side\": \"SELL\", \"price\": \"cheap\", \"quantityKwh\": 3"),
                "order S1: price: must be a number, was \"cheap\"");
        assertOneLineError(oneOrder("\"id\": \"S1\", \"participant\": \"S1\", \"side\": \"SELL\", \"price\": 0.1234567, \"quantityKwh\": 3"),
                "order S1: price: must have at most 6 decimal places, was 0.1234567");
        assertOneLineError(oneOrder("\"id\": \"S1\", \"participant\": \"S1\", \"side\": \"SELL\", \"price\": 0.3, \"quantityKwh\": 3, \"colour\": 1"),
                "order S1: colour: unknown field (known: credit, energyType, id, latitude, longitude, participant, "
                        + "preferences, price, quantityKwh, reservePrice, side, time)");
        assertOneLineError(oneOrder("\"participant\": \"S1\", \"side\": \"SELL\", \"price\": 0.3, \"quantityKwh\": 3"),
                "order #2: id: is required");
        assertOneLineError(oneOrder("\"id\": \"S1\", \"participant\": \"S1\", \"side\": \"SELL\", \"price\": 0.3, \"quantityKwh\": 3, \"time\": 4"),
                "order B1: time: is missing while other orders give one (give every order a time, or none to use the array order)");
        assertOneLineError(oneOrder("\"id\": \"S1\", \"participant\": \"S1\", \"side\": \"SELL\", \"price\": 0.3, \"quantityKwh\": 3, \"latitude\": 95, \"longitude\": 0"),
                "order S1: latitude: must be in [-90, 90], was 95.0");
    }

    @Test
    void debugAddsTheStackTrace() throws IOException {
        Path f = file(oneOrder("\"id\": \"S1\", \"participant\": \"S1\", \"side\": \"SELL\", \"price\": 0.3, \"quantityKwh\": -3"));
        CliRun r = CliRun.run("--debug", "match", "--input", f.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().lines().count() > 1, r.err());
        assertTrue(r.err().contains("\tat "), r.err());
        r = CliRun.run("match", "--input", f.toString());
        assertEquals(1, r.code());
        assertFalse(r.err().contains("\tat "), r.err());
    }
}
