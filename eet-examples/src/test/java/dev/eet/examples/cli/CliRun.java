package dev.eet.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One in-process run of the {@code eet} CLI ({@code new Eet().run(args, io)}) with standard input given and
 * standard output and error captured.
 *
 * @param code the exit code
 * @param out what was printed on standard output
 * @param err what was printed on standard error
 */
record CliRun(int code, String out, String err) {

    /**
     * @param args the command line, after {@code eet}
     * @return the run, with empty standard input
     */
    static CliRun run(String... args) {
        return withInput("", args);
    }

    /**
     * @param stdin what standard input holds
     * @param args the command line, after {@code eet}
     * @return the run
     */
    static CliRun withInput(String stdin, String... args) {
        return withInput(stdin, List.of(args));
    }

    /**
     * @param stdin what standard input holds
     * @param args the command line, after {@code eet}
     * @return the run
     */
    static CliRun withInput(String stdin, List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandIo io = new CommandIo(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        int code = new Eet().run(args, io);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** @return standard output parsed as JSON (exact decimals) */
    JsonNode json() throws IOException {
        return Json.MAPPER.readTree(out);
    }
}
