package dev.eet.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EetTest {
    @Test
    void helpListsEverySubcommandOfNodeMd() {
        CliRun r = CliRun.run("--help");
        assertEquals(0, r.code());
        String help = r.out();
        for (String name : List.of("demo", "node", "match", "elect", "settle", "experiment", "meter")) {
            assertTrue(help.contains("  " + name + " "), "missing " + name + " in:\n" + help);
        }
    }

    @Test
    void versionPrintsTheBuildVersion() {
        CliRun r = CliRun.run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().matches("eet \\d+\\.\\d+\\.\\d+.*\\R"), r.out());
    }

    @Test
    void noArgumentsIsAUsageError() {
        assertEquals(2, CliRun.run().code());
    }

    @Test
    void unknownCommandIsAUsageErrorNamingIt() {
        CliRun r = CliRun.run("mtach");
        assertEquals(2, r.code());
        assertEquals("eet: unknown command 'mtach' (try eet --help)\n", r.err());
    }

    @Test
    void everySubcommandHasHelp() {
        for (String name : List.of("demo", "node", "match", "elect", "settle", "simulate", "experiment", "meter")) {
            CliRun r = CliRun.run(name, "--help");
            assertEquals(0, r.code(), name);
            assertTrue(r.out().contains("usage: eet " + name), r.out());
        }
    }

    @Test
    void helpListsEverySubcommandAndNoPlaceholder() {
        String help = CliRun.run("--help").out();
        for (String name : List.of("demo", "node", "match", "elect", "settle", "simulate", "experiment", "meter")) {
            assertTrue(help.contains("\n  " + name + " "), name + " in " + help);
        }
        assertTrue(!help.contains("not available"), help);
    }
}
