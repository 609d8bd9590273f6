package dev.eet.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eet settle} as node.md specifies it, including the bad-input cases of the issue. */
class SettleCommandTest {
    private static final String WORKED_EXAMPLE = """
            { "cycle": 7, "gridPrice": 0.60,
              "supply": [ { "user": "A", "kwh": 10 } ],
              "consumption": [ { "user": "B", "kwh": 7 }, { "user": "C", "kwh": 5 } ],
              "priceMatrix": [ { "seller": "A", "buyer": "B", "priority": 1, "price": 0.40 },
                               { "seller": "A", "buyer": "C", "priority": 2, "price": 0.42 } ] }""";

    @TempDir
    Path dir;

    private Path file(String json) throws IOException {
        Path f = dir.resolve("cycle.json");
        Files.writeString(f, json);
        return f;
    }

    @Test
    void workedExampleFromAFile() throws IOException {
        CliRun run = CliRun.run("settle", "--input", file(WORKED_EXAMPLE).toString());
        assertEquals(0, run.code(), run.err());
        JsonNode o = run.json();
        assertEquals(7, o.get("cycle").asInt());
        JsonNode r = o.get("records");
        assertEquals(3, r.size());
        assertEquals("A", r.get(0).get("seller").asText());
        assertEquals("B", r.get(0).get("buyer").asText());
        assertEquals("7", r.get(0).get("quantityKwh").decimalValue().toPlainString());
        assertEquals("2.8", r.get(0).get("amount").decimalValue().toPlainString());
        assertEquals("C", r.get(1).get("buyer").asText());
        assertEquals("3", r.get(1).get("quantityKwh").decimalValue().toPlainString());
        assertEquals("1.26", r.get(1).get("amount").decimalValue().toPlainString());
        assertEquals("GRID", r.get(2).get("seller").asText());
        assertEquals("C", r.get(2).get("buyer").asText());
        assertEquals("2", r.get(2).get("quantityKwh").decimalValue().toPlainString());
        assertEquals("1.2", r.get(2).get("amount").decimalValue().toPlainString());
        JsonNode b = o.get("balances");
        assertEquals("4.06", b.get("A").decimalValue().toPlainString());
        assertEquals("-2.8", b.get("B").decimalValue().toPlainString());
        assertEquals("-2.46", b.get("C").decimalValue().toPlainString());
        assertEquals("1.2", b.get("GRID").decimalValue().toPlainString());
        assertEquals(4, b.size());
        assertEquals("", run.err());
    }

    @Test
    void readsStandardInputAndSellsUntakenSupplyToTheGridWithExactDecimals() throws IOException {
        String in = """
                { "cycle": 1, "gridPrice": 0.1,
                  "supply": [ { "user": "S", "kwh": 0.3 } ],
                  "consumption": [ { "user": "T", "kwh": 0.1 } ],
                  "priceMatrix": [ { "seller": "S", "buyer": "T", "priority": 1, "price": 0.2 } ] }""";
        CliRun run = CliRun.withInput(in, "settle", "--input", "-");
        assertEquals(0, run.code(), run.err());
        JsonNode r = run.json().get("records");
        assertEquals("S", r.get(1).get("seller").asText());
        assertEquals("GRID", r.get(1).get("buyer").asText());
        assertEquals("0.2", r.get(1).get("quantityKwh").decimalValue().toPlainString());
        assertEquals("0.02", r.get(1).get("amount").decimalValue().toPlainString());
        assertTrue(run.out().contains("\"amount\" : 0.02"), run.out());
    }

    @Test
    void sameInputGivesByteIdenticalOutput() throws IOException {
        Path f = file(WORKED_EXAMPLE);
        String first = CliRun.run("settle", "--input", f.toString()).out();
        assertEquals(first, CliRun.run("settle", "--input", f.toString()).out());
    }

    private void assertBadInput(String json, String expectedStderr) throws IOException {
        CliRun r = CliRun.run("settle", "--input", file(json).toString());
        assertEquals(1, r.code());
        assertEquals(expectedStderr + "\n", r.err());
        assertEquals(1, r.err().lines().count(), "one line");
    }

    @Test
    void missingFileIsNamed() {
        CliRun r = CliRun.run("settle", "--input", dir.resolve("nope.json").toString());
        assertEquals(1, r.code());
        assertEquals("eet settle: " + dir.resolve("nope.json") + ": file not found\n", r.err());
    }

    @Test
    void malformedJsonIsNamed() throws IOException {
        CliRun r = CliRun.run("settle", "--input", file("{ \"cycle\": 1, ").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("eet settle: " + dir.resolve("cycle.json") + ": malformed JSON at line 1"),
                r.err());
    }

    @Test
    void negativeKwhIsNamed() throws IOException {
        assertBadInput(WORKED_EXAMPLE.replace("\"kwh\": 7", "\"kwh\": -7"),
                "eet settle: consumption[0] (user B): kwh: must not be negative, was -7");
    }

    @Test
    void missingFieldIsNamed() throws IOException {
        assertBadInput(WORKED_EXAMPLE.replace("\"gridPrice\": 0.60,", ""), "eet settle: input: gridPrice: is required");
        assertBadInput(WORKED_EXAMPLE.replace("{ \"user\": \"A\", \"kwh\": 10 }", "{ \"user\": \"A\" }"),
                "eet settle: supply[0] (user A): kwh: is required");
    }

    @Test
    void unknownUserInTheMatrixIsNamed() throws IOException {
        assertBadInput(WORKED_EXAMPLE.replace("\"buyer\": \"C\"", "\"buyer\": \"Z\""),
                "eet settle: priceMatrix[1] (A->Z): buyer: unknown user Z (not in supply or consumption)");
    }

    @Test
    void duplicateMatrixEntryIsNamed() throws IOException {
        assertBadInput(WORKED_EXAMPLE.replace("\"buyer\": \"C\", \"priority\": 2", "\"buyer\": \"B\", \"priority\": 2"),
                "eet settle: priceMatrix[1] (A->B): buyer: duplicate entry (already priority 1 at 0.4)");
    }

    @Test
    void otherBadInputIsNamed() throws IOException {
        assertBadInput(WORKED_EXAMPLE.replace("\"priority\": 2", "\"priority\": 0"),
                "eet settle: priceMatrix[1] (A->C): priority: must be a whole number >= 1, was 0");
        assertBadInput(WORKED_EXAMPLE.replace("\"price\": 0.42", "\"price\": \"0.42\""),
                "eet settle: priceMatrix[1] (A->C): price: must be a number, was \"0.42\"");
        assertBadInput(WORKED_EXAMPLE.replace("\"gridPrice\": 0.60", "\"gridPrice\": 0.6000001"),
                "eet settle: input: gridPrice: must have at most 6 decimals and fit the range, was 0.6000001");
        assertBadInput(WORKED_EXAMPLE.replace("{ \"user\": \"C\", \"kwh\": 5 }",
                "{ \"user\": \"B\", \"kwh\": 5 }"), "eet settle: consumption[1] (user B): user: duplicate: B already appears in consumption");
        assertBadInput(WORKED_EXAMPLE.replace("{ \"user\": \"C\", \"kwh\": 5 }",
                "{ \"user\": \"A\", \"kwh\": 5 }").replace(", { \"seller\": \"A\", \"buyer\": \"C\", \"priority\": 2, \"price\": 0.42 }", ""),
                "eet settle: consumption (user A): user: also appears in supply: give one net upload per user and cycle");
        assertBadInput(WORKED_EXAMPLE.replace("\"cycle\": 7", "\"cycel\": 7"),
                "eet settle: input: cycel: unknown field (known: consumption, cycle, gridPrice, priceMatrix, supply)");
        assertBadInput(WORKED_EXAMPLE.replace("\"user\": \"A\"", "\"user\": \"GRID\""),
                "eet settle: supply[0]: user: GRID is reserved for the grid");
        assertBadInput("[]", "eet settle: input: (root): must be a JSON object with cycle, gridPrice, supply, "
                + "consumption and priceMatrix");
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, CliRun.run("settle").code());
        assertEquals(2, CliRun.run("settle", "--input", "x.json", "--bogus", "1").code());
    }
}
