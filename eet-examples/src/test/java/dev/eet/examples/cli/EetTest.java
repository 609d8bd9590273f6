package dev.eet.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EetTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandIo io = new CommandIo(new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    private int run(String... args) {
        return new Eet().run(List.of(args), io);
    }

    @Test
    void helpListsEverySubcommandOfNodeMd() {
        assertEquals(0, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String name : List.of("demo", "node", "match", "elect", "settle", "experiment", "meter")) {
            assertTrue(help.contains("  " + name + " "), "missing " + name + " in:\n" + help);
        }
    }

    @Test
    void versionPrintsTheBuildVersion() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString(StandardCharsets.UTF_8).matches("eet \\d+\\.\\d+\\.\\d+.*\\R"), out.toString());
    }

    @Test
    void noArgumentsIsAUsageError() {
        assertEquals(2, run());
    }

    @Test
    void unknownCommandIsAUsageErrorNamingIt() {
        assertEquals(2, run("mtach"));
        assertEquals("eet: unknown command 'mtach' (try eet --help)\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everySubcommandHasHelp() {
        for (String name : List.of("demo", "node", "match", "elect", "settle", "experiment", "meter")) {
            out.reset();
            assertEquals(0, run(name, "--help"), name);
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("usage: eet " + name), out.toString());
        }
    }

    @Test
    void commandNotBuiltYetSaysSoAndExitsTwo() {
        assertEquals(2, run("experiment", "--list"));
        assertEquals("eet experiment: eet experiment is not available yet in this build\n",
                err.toString(StandardCharsets.UTF_8));
    }
}
