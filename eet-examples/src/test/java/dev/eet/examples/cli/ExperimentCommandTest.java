package dev.eet.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eet experiment}: --list, the three files, the printed table, errors. */
class ExperimentCommandTest {
    @TempDir
    Path dir;

    @Test
    void listNamesEveryExperimentWithItsDescription() {
        CliRun r = CliRun.run("experiment", "--list");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(4, lines.length, r.out());
        java.util.Map<String, String> byName = new java.util.HashMap<>();
        for (String line : lines) {
            byName.put(line.split(" ")[0], line);
        }
        assertTrue(byName.get("cda-table2").contains("[CDA]"), r.out());
        assertTrue(byName.get("credit-elections").contains("[Credit]"), r.out());
        assertTrue(byName.get("kprototypes-vs-da").contains("[Report ch.3]"), r.out());
        assertTrue(byName.get("cmap-vs-baselines").contains("[Report ch.4]"), r.out());
    }

    @Test
    void runWritesCsvSvgAndJsonAndPrintsTheTable() throws Exception {
        Path out = dir.resolve("new/sub");
        CliRun r = CliRun.run("experiment", "cda-table2", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("kind  round  seller  buyer  quantityKwh  price  amount\n"), r.out());
        assertTrue(r.out().contains("peer  1      S1      B1     220          0.47   103.4\n"), r.out());
        assertEquals("wrote " + out.resolve("cda-table2.csv") + "\nwrote " + out.resolve("cda-table2.svg")
                + "\nwrote " + out.resolve("cda-table2.json") + "\n", r.err());
        assertTrue(Files.readString(out.resolve("cda-table2.csv")).startsWith("kind,round,seller,buyer"));
        assertTrue(Files.readString(out.resolve("cda-table2.svg")).contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        JsonNode f = Json.MAPPER.readTree(out.resolve("cda-table2.json").toFile());
        assertEquals("8.64", f.get("headline").get("buyerSavingPercent").decimalValue().toPlainString());

        byte[] first = Files.readAllBytes(out.resolve("cda-table2.svg"));
        CliRun again = CliRun.run("experiment", "cda-table2", "--out", out.toString());
        assertEquals(r.out(), again.out());
        assertEquals(new String(first), Files.readString(out.resolve("cda-table2.svg")), "same bytes");
    }

    @Test
    void unknownNameExitsOneListingTheKnownOnes() {
        CliRun r = CliRun.run("experiment", "cda-tabel2", "--out", dir.toString());
        assertEquals(1, r.code());
        assertEquals("eet experiment: unknown experiment 'cda-tabel2' (known: cda-table2, cmap-vs-baselines, credit-elections, kprototypes-vs-da)\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void usageErrors() {
        assertEquals(2, CliRun.run("experiment").code());
        assertEquals("eet experiment: missing experiment NAME (eet experiment --list names them)\n",
                CliRun.run("experiment").err());
        assertEquals(2, CliRun.run("experiment", "cda-table2", "--outt", "x").code());
        assertEquals(2, CliRun.run("experiment", "cda-table2", "--seed", "x").code());
        CliRun help = CliRun.run("experiment", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("credit-elections") && help.out().contains("--out DIR"), help.out());
    }
}
