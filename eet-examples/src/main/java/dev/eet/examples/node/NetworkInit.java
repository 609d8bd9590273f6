package dev.eet.examples.node;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.spi.Config;
import dev.eet.consensus.crypto.NodeKeys;
import dev.eet.examples.cli.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the configurations of a local network (like a testnet generator): for node K of N, {@code DIR/nodeK/}
 * holds {@code config.json} and {@code data/node.key} (a fresh Ed25519 key); every config lists every member's
 * consensus address and public key. Ports: node K listens for consensus on {@code basePort + 2(K-1)} and for HTTP
 * on {@code basePort + 2(K-1) + 1}. Nodes on other hosts: give one host per node ({@code --host h1,h2,...}), or
 * edit the {@code address}/{@code httpUrl} of each member
 * and the {@code listen}/{@code http} of each node.
 */
public final class NetworkInit {
    private NetworkInit() {
    }

    /**
     * One written node.
     *
     * @param id the node id
     * @param config the config file
     * @param httpUrl its HTTP API
     * @param consensusAddress its consensus address
     * @param nodeConfig the parsed configuration
     */
    public record Entry(String id, Path config, String httpUrl, String consensusAddress, NodeConfig nodeConfig) {
    }

    /**
     * What to generate.
     *
     * @param nodes how many nodes (1..100)
     * @param dir the output folder
     * @param host the address nodes bind and reach each other on: one host for every node, or a comma-separated
     *             list of one host per node (node K on the K-th) for a network across machines
     * @param basePort the first port
     * @param matcher the matcher provider name
     * @param matcherParams its parameters
     * @param protocol the consensus protocol provider name
     * @param periods the period clock
     */
    public record Plan(int nodes, Path dir, String host, int basePort, String matcher, Map<String, String> matcherParams,
                       String protocol, NodeConfig.PeriodSpec periods) {
        /** Checks ranges. */
        public Plan {
            if (nodes < 1 || nodes > 100) {
                throw new InvalidArgumentException("node init", "nodes", "must be in [1, 100], was " + nodes);
            }
            if (basePort < 1 || basePort + 2 * nodes > 65535) {
                throw new InvalidArgumentException("node init", "base-port", "must leave room for " + 2 * nodes
                        + " ports below 65536, was " + basePort);
            }
            matcherParams = Map.copyOf(matcherParams);
            int hosts = host.split(",", -1).length;
            for (String h : host.split(",", -1)) {
                if (h.isBlank()) {
                    throw new InvalidArgumentException("node init", "host", "has an empty entry: '" + host + "'");
                }
            }
            if (hosts != 1 && hosts != nodes) {
                throw new InvalidArgumentException("node init", "host", "must name one host or one per node ("
                        + nodes + "), named " + hosts);
            }
        }

        /**
         * @param k a node number, 1-based
         * @return the host node K binds and is reached on
         */
        public String hostOf(int k) {
            String[] hosts = host.split(",", -1);
            return (hosts.length == 1 ? hosts[0] : hosts[k - 1]).trim();
        }

        /**
         * @param nodes how many nodes
         * @param dir the output folder
         * @return the defaults: 127.0.0.1, base port 7100, {@code cda} with the node.md parameters, {@code pbft},
         *     15-minute periods
         */
        public static Plan defaults(int nodes, Path dir) {
            return new Plan(nodes, dir, "127.0.0.1", 7100, "cda",
                    Map.of("beta", "0.1", "gridRetailPrice", "0.59", "gridFeedInPrice", "0.31"), "pbft",
                    NodeConfig.PeriodSpec.DEFAULTS);
        }
    }

    /**
     * Writes the network; refuses to overwrite an existing config or key.
     *
     * @param plan what to write
     * @param random where keys come from
     * @return the nodes, in order
     * @throws InvalidArgumentException naming the file that already exists
     */
    public static List<Entry> write(Plan plan, SecureRandom random) {
        List<NodeKeys> keys = new ArrayList<>();
        List<NodeConfig.Member> members = new ArrayList<>();
        for (int k = 1; k <= plan.nodes(); k++) {
            NodeId id = NodeId.of("node" + k);
            NodeKeys key = NodeKeys.generate(id, random);
            keys.add(key);
            members.add(new NodeConfig.Member(id, plan.hostOf(k) + ":" + consensusPort(plan, k), key.publicKey(),
                    "http://" + plan.hostOf(k) + ":" + httpPort(plan, k)));
        }
        for (int k = 1; k <= plan.nodes(); k++) {
            Path folder = plan.dir().resolve("node" + k);
            for (Path p : List.of(folder.resolve("config.json"), folder.resolve("data").resolve(NodeIdentity.FILE))) {
                if (Files.exists(p)) {
                    throw new InvalidArgumentException(p.toString(), "(file)", "already exists; choose an empty --dir");
                }
            }
        }
        List<Entry> out = new ArrayList<>();
        for (int k = 1; k <= plan.nodes(); k++) {
            Path folder = plan.dir().resolve("node" + k).toAbsolutePath().normalize();
            NodeConfig c = new NodeConfig(members.get(k - 1).id(), folder.resolve("data"),
                    InetSocketAddress.createUnresolved(plan.hostOf(k), httpPort(plan, k)), plan.protocol(),
                    InetSocketAddress.createUnresolved(plan.hostOf(k), consensusPort(plan, k)), Map.of(), members,
                    plan.matcher(), Config.builder("matcher " + plan.matcher()).putAll(plan.matcherParams()).build(),
                    NodeConfig.SettlementSpec.DEFAULTS, plan.periods(), List.of(), NodeConfig.Limits.DEFAULTS);
            Path file = folder.resolve("config.json");
            try {
                Files.createDirectories(folder);
                NodeIdentity.write(folder.resolve("data").resolve(NodeIdentity.FILE), keys.get(k - 1));
                Files.writeString(file, Json.MAPPER.writeValueAsString(c.toJson(folder)) + "\n",
                        StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": cannot write", e);
            }
            NodeConfig parsed = NodeConfig.parse(readBack(file), file);
            out.add(new Entry(c.id().value(), file, members.get(k - 1).httpUrl(), members.get(k - 1).address(), parsed));
        }
        return out;
    }

    private static com.fasterxml.jackson.databind.JsonNode readBack(Path file) {
        try {
            return Json.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read back", e);
        }
    }

    private static int consensusPort(Plan plan, int k) {
        return plan.basePort() + 2 * (k - 1);
    }

    private static int httpPort(Plan plan, int k) {
        return plan.basePort() + 2 * (k - 1) + 1;
    }

    /**
     * @param length the period length for generated configs
     * @param auto whether nodes close periods by their clock
     * @return the period spec with the default backup delay
     */
    public static NodeConfig.PeriodSpec periods(Duration length, boolean auto) {
        return new NodeConfig.PeriodSpec(length, auto, NodeConfig.PeriodSpec.DEFAULTS.backupDelay());
    }
}
