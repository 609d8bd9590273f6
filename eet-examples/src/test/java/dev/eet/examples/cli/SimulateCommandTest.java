package dev.eet.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eet.consensus.harness.FaultHarness;
import dev.eet.consensus.harness.HarnessResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code eet simulate}: the JSON contract, determinism, exit codes. */
class SimulateCommandTest {

    private static JsonNode json(CliRun r) throws Exception {
        return Json.MAPPER.readTree(r.out());
    }

    @Test
    void pbftWithFiveMembersReportsNoFailures() throws Exception {
        CliRun r = CliRun.run("simulate", "--protocol", "pbft", "--members", "5", "--seeds", "3");
        assertEquals(0, r.code(), r.err());
        JsonNode j = json(r);
        for (String field : new String[] {"protocol", "members", "runs", "failed", "faultsInjected", "failures",
                "minHonestHeight"}) {
            assertTrue(j.has(field), field + " in " + j);
        }
        assertEquals("pbft", j.get("protocol").asText());
        assertEquals(5, j.get("members").asInt());
        assertEquals(3, j.get("runs").asInt());
        assertEquals(0, j.get("failed").asInt());
        assertEquals(0, j.get("failures").size());
        assertTrue(j.get("faultsInjected").asLong() > 0);
        assertTrue(j.get("minHonestHeight").asLong() >= 0);
        assertEquals(1, j.get("tolerated").asInt());
    }

    @Test
    void dposUnderLossOnly() throws Exception {
        CliRun r = CliRun.run("simulate", "--protocol", "dpos", "--members", "7", "--seeds", "2", "--faults", "loss",
                "--first-seed", "40");
        assertEquals(0, r.code(), r.err());
        JsonNode j = json(r);
        assertEquals(0, j.get("failed").asInt());
        assertEquals("[\"loss\"]", j.get("faults").toString());
        assertEquals(40, j.get("firstSeed").asLong());
    }

    @Test
    void dagWithFiveNodes() throws Exception {
        CliRun r = CliRun.run("simulate", "--protocol", "dag", "--members", "5", "--seeds", "2");
        assertEquals(0, r.code(), r.err());
        JsonNode j = json(r);
        assertEquals("dag", j.get("protocol").asText());
        assertEquals(2, j.get("runs").asInt());
        assertEquals(0, j.get("failed").asInt());
    }

    @Test
    void sameSeedsSameOutput() {
        CliRun a = CliRun.run("simulate", "--protocol", "dpos", "--members", "4", "--seeds", "2", "--duration", "PT1S");
        CliRun b = CliRun.run("simulate", "--protocol", "dpos", "--members", "4", "--seeds", "2", "--duration", "PT1S");
        assertEquals(a.out(), b.out());
    }

    @Test
    void aSingleMemberGroupIsLive() throws Exception {
        CliRun r = CliRun.run("simulate", "--protocol", "pbft", "--members", "1", "--seeds", "2");
        assertEquals(0, r.code(), r.err());
        assertEquals(0, json(r).get("tolerated").asInt());
    }

    /** A correct protocol gives no violation to print, so the mapping is checked on a summary with one. */
    @Test
    void aViolationExitsFourAndIsListedWithItsSeed() {
        HarnessResult bad = new HarnessResult(11, List.of("t=1us: two different blocks committed at height 21"),
                List.of("byzantine n1: EQUIVOCATE"), 20, 1);
        HarnessResult good = new HarnessResult(12, List.of(), List.of("loss 0.1 at 0"), 30, 1);
        FaultHarness.Summary s = new FaultHarness.Summary(2, 1, List.of(bad), 2, 20);
        assertEquals(4, SimulateCommand.exitCode(s));
        assertEquals(0, SimulateCommand.exitCode(new FaultHarness.Summary(1, 1, List.of(), 1, 30)));
        JsonNode j = SimulateCommand.report("pbft", 5, s);
        assertEquals(1, j.get("failed").asInt());
        assertEquals(11, j.get("failures").get(0).get("seed").asLong());
        assertTrue(j.get("failures").get(0).get("violation").asText().contains("height 21"));
        assertEquals(2, j.get("faultsInjected").asLong());
        assertTrue(good.ok());
    }

    @Test
    void badInputIsNamedAndExitsOne() {
        CliRun p = CliRun.run("simulate", "--protocol", "raft", "--members", "4");
        assertEquals(1, p.code());
        assertTrue(p.err().contains("--protocol") && p.err().contains("raft"), p.err());
        CliRun m = CliRun.run("simulate", "--protocol", "pbft", "--members", "0");
        assertEquals(1, m.code());
        assertTrue(m.err().contains("--members"), m.err());
        CliRun f = CliRun.run("simulate", "--protocol", "pbft", "--members", "4", "--faults", "crash,meteor");
        assertEquals(1, f.code());
        assertTrue(f.err().contains("meteor"), f.err());
        CliRun d = CliRun.run("simulate", "--protocol", "pbft", "--members", "4", "--duration", "30s");
        assertEquals(1, d.code());
        assertTrue(d.err().contains("--duration"), d.err());
        CliRun missing = CliRun.run("simulate", "--protocol", "pbft");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("--members"), missing.err());
    }
}
