package dev.eet.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eet.examples.node.NodeConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eet node init} and the config errors of {@code eet node --config} (running nodes: RestartSafetyTest). */
class NodeCommandTest {
    @TempDir
    Path dir;

    @Test
    void initWritesAConfigPerNodeAndPrintsTheContract() throws Exception {
        CliRun r = CliRun.run("node", "init", "--nodes", "4", "--dir", dir.toString(), "--matcher", "bilateral");
        assertEquals(0, r.code(), r.err());
        JsonNode nodes = r.json().get("nodes");
        assertEquals(4, nodes.size());
        Set<String> keys = new HashSet<>();
        for (int k = 1; k <= 4; k++) {
            JsonNode n = nodes.get(k - 1);
            assertEquals(Set.of("id", "config", "httpUrl", "consensusAddress"), fieldNames(n));
            assertEquals("node" + k, n.get("id").asText());
            assertEquals("127.0.0.1:" + (7100 + 2 * (k - 1)), n.get("consensusAddress").asText());
            assertEquals("http://127.0.0.1:" + (7101 + 2 * (k - 1)), n.get("httpUrl").asText());
            Path config = Path.of(n.get("config").asText());
            assertEquals(dir.resolve("node" + k).resolve("config.json").toAbsolutePath(), config);
            NodeConfig c = NodeConfig.parse(Json.MAPPER.readTree(config.toFile()), config);
            assertEquals("bilateral", c.matcher());
            assertEquals("pbft", c.protocol());
            assertEquals(4, c.members().size());
            keys.add(c.self().publicKey().toHex());
            assertTrue(Files.exists(dir.resolve("node" + k).resolve("data").resolve("node.key")));
        }
        assertEquals(4, keys.size(), "a fresh key per node");
        CliRun again = CliRun.run("node", "init", "--nodes", "4", "--dir", dir.toString());
        assertEquals(1, again.code());
        assertTrue(again.err().contains("node1/config.json: (file): already exists"), again.err());
    }

    private static Set<String> fieldNames(JsonNode n) {
        Set<String> out = new HashSet<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void oneHostPerNodeForANetworkAcrossMachines() throws Exception {
        CliRun r = CliRun.run("node", "init", "--nodes", "3", "--dir", dir.toString(), "--host", "h1,h2,h3");
        assertEquals(0, r.code(), r.err());
        JsonNode nodes = r.json().get("nodes");
        for (int k = 1; k <= 3; k++) {
            JsonNode n = nodes.get(k - 1);
            assertEquals("http://h" + k + ":" + (7100 + 2 * (k - 1) + 1), n.get("httpUrl").asText());
            assertEquals("h" + k + ":" + (7100 + 2 * (k - 1)), n.get("consensusAddress").asText());
            String config = java.nio.file.Files.readString(Path.of(n.get("config").asText()));
            for (int j = 1; j <= 3; j++) {
                assertTrue(config.contains("h" + j + ":" + (7100 + 2 * (j - 1))), "node" + k + " lists h" + j);
            }
        }
        CliRun bad = CliRun.run("node", "init", "--nodes", "3", "--dir", dir.resolve("x").toString(), "--host",
                "h1,h2");
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("host") && bad.err().contains("one per node"), bad.err());
        assertFalse(java.nio.file.Files.exists(dir.resolve("x").resolve("node1")), "nothing written");
    }

    @Test
    void badConfigsExitOneWithOneLineNamingTheFileAndTheField() throws Exception {
        assertEquals(0, CliRun.run("node", "init", "--nodes", "2", "--dir", dir.toString(), "--base-port", "7600")
                .code());
        Path good = dir.resolve("node1").resolve("config.json");
        String[][] cases = {
                {"periods", "length", "\"15min\"", "periods.length: must be an ISO-8601 duration"},
                {"matcher", "name", "\"nope\"", "matcher.name: unknown matcher 'nope'"},
                {"consensus", "protocol", "\"raft\"", "consensus.protocol: unknown provider 'raft'"},
                {"limits", "burst", "0", "limits.burst: must be positive, was 0"},
                {"settlement", "tolerancePeriods", "-1", "settlement.tolerancePeriods: must not be negative"},
        };
        for (String[] c : cases) {
            ObjectNode root = (ObjectNode) Json.MAPPER.readTree(good.toFile());
            ((ObjectNode) root.get(c[0])).set(c[1], Json.MAPPER.readTree(c[2]));
            Path bad = dir.resolve("node1").resolve("bad.json");
            Files.writeString(bad, Json.MAPPER.writeValueAsString(root));
            CliRun r = CliRun.run("node", "--config", bad.toString());
            assertEquals(1, r.code(), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().startsWith("eet node: " + bad + ": " + c[3]), r.err());
        }
        ObjectNode root = (ObjectNode) Json.MAPPER.readTree(good.toFile());
        root.put("colour", "red");
        Files.writeString(dir.resolve("x.json"), Json.MAPPER.writeValueAsString(root));
        CliRun r = CliRun.run("node", "--config", dir.resolve("x.json").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("x.json: colour: unknown field"), r.err());
        CliRun missing = CliRun.run("node", "--config", dir.resolve("none.json").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("none.json: file not found"), missing.err());
        assertEquals(2, CliRun.run("node").code());
        assertEquals(2, CliRun.run("node", "init", "--dir", dir.toString()).code());
        assertTrue(CliRun.run("node", "--help").out().contains("eet node init --nodes N --dir DIR"));
    }
}
