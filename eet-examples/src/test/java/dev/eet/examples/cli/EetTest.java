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
        for (String name : List.of("demo", "node", "match", "elect", "settle", "experiment", "meter")) {
            CliRun r = CliRun.run(name, "--help");
            assertEquals(0, r.code(), name);
            assertTrue(r.out().contains("usage: eet " + name), r.out());
        }
    }

    @Test
    void commandNotBuiltYetSaysSoAndExitsTwo() {
        // whichever commands are still placeholders (their --help summary says so) answer the same way
        for (String line : CliRun.run("--help").out().split("\n")) {
            if (line.startsWith("  ") && line.endsWith("(not available yet)")) {
                String name = line.trim().split(" ")[0];
                CliRun r = CliRun.run(name);
                assertEquals(2, r.code(), name);
                assertEquals("eet " + name + ": eet " + name + " is not available yet in this build\n", r.err());
            }
        }
    }
}
