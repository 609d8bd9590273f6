package dev.eet.examples.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.model.Order;
import dev.eet.api.model.Side;
import dev.eet.examples.cli.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The election policy named in the config ranks the members; the top-ranked one is PBFT's first primary. */
class ElectionOrderTest {
    @TempDir
    Path dir;

    @Test
    void stakePolicyMakesTheLargestStakeTheFirstPrimary() throws Exception {
        try (LocalNetwork net = LocalNetwork.builder(dir).nodes(4).election("stake", Map.of(), List.of(
                Map.of("stake", 10), Map.of("stake", 40), Map.of("stake", 90), Map.of("stake", 20))).start()) {
            assertEquals(List.of(NodeId.of("node3"), NodeId.of("node2"), NodeId.of("node4"), NodeId.of("node1")),
                    net.node(0).rotation());
            net.node(0).submitOrder(Order.builder("S1", "S1", Side.SELL).limit("0.41").quantity("1").build());
            ExchangeNode n1 = net.node(0);
            assertTrue(n1.await(() -> n1.block(0).isPresent(), Duration.ofSeconds(20)));
            assertEquals(NodeId.of("node3"), n1.block(0).orElseThrow().header().proposer());
            assertEquals("leader", net.node(2).role());
        }
    }

    @Test
    void swappingThePolicyIsOneLineAndABadAttributeNamesTheField() throws Exception {
        NetworkInit.Entry e = NetworkInit.write(NetworkInit.Plan.defaults(2, dir), new SecureRandom()).get(0);
        ObjectNode root = (ObjectNode) Json.MAPPER.readTree(e.config().toFile());
        ((ObjectNode) root.get("consensus")).set("election", Json.MAPPER.readTree("{ \"policy\": \"stake\" }"));
        ((ObjectNode) root.get("members").get(0)).set("attributes", Json.MAPPER.readTree("{ \"stake\": 5 }"));
        ((ObjectNode) root.get("members").get(1)).set("attributes", Json.MAPPER.readTree("{ \"stake\": 7 }"));
        NodeConfig c = NodeConfig.parse(root, e.config());
        assertEquals(List.of(NodeId.of("node2"), NodeId.of("node1")), c.rotation());
        Path again = dir.resolve("again.json");
        Files.writeString(again, Json.MAPPER.writeValueAsString(c.toJson(dir)));
        assertEquals(c.rotation(), NodeConfig.parse(Json.MAPPER.readTree(again.toFile()), again).rotation());
        ((ObjectNode) root.get("consensus").get("election")).put("policy", "nope");
        InvalidArgumentException bad = org.junit.jupiter.api.Assertions.assertThrows(InvalidArgumentException.class,
                () -> NodeConfig.parse(root, e.config()));
        assertTrue(bad.getMessage().startsWith(e.config() + ": consensus.election.policy: unknown provider 'nope'"),
                bad.getMessage());
        ((ObjectNode) root.get("consensus").get("election")).put("policy", "stake");
        ((ObjectNode) root.get("members").get(1)).set("attributes", Json.MAPPER.readTree("{ \"stake\": \"lots\" }"));
        bad = org.junit.jupiter.api.Assertions.assertThrows(InvalidArgumentException.class,
                () -> NodeConfig.parse(root, e.config()));
        assertTrue(bad.getMessage().startsWith(e.config() + ": consensus.election: "), bad.getMessage());
        assertTrue(bad.getMessage().contains("stake"), bad.getMessage());
    }
}
