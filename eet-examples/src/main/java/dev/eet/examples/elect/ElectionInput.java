package dev.eet.examples.elect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.NodeId;
import dev.eet.examples.cli.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The parsed, validated input of {@code eet elect} (node.md). Every error is an
 * {@link InvalidArgumentException} naming the node (or {@code input}) and the field.
 *
 * @param policy the policy name
 * @param delegates delegates per round
 * @param standbys standbys per round
 * @param rounds number of elections
 * @param seed the seed of votes and policy randomness
 * @param params the policy's parameters, as text
 * @param votes how votes are cast, empty when the input has no {@code votes} section
 * @param nodes the nodes in input order
 */
public record ElectionInput(String policy, int delegates, int standbys, int rounds, long seed,
                            Map<String, String> params, Optional<Votes> votes, List<Node> nodes) {
    private static final String IN = "input";
    private static final Set<String> KEYS = Set.of("policy", "delegates", "standbys", "rounds", "seed", "params",
            "votes", "nodes", "latencyMatrix");

    /**
     * How votes are cast.
     *
     * @param mode {@code random} or {@code fixed}
     * @param votesPerNode votes each node casts per round in random mode
     */
    public record Votes(Mode mode, int votesPerNode) {
    }

    /** Vote modes. */
    public enum Mode {
        /** Each node casts votesPerNode votes, each to a uniformly random node, anew every round. */
        RANDOM,
        /** Each node carries its {@code votes} count. */
        FIXED
    }

    /**
     * One node.
     *
     * @param id its id
     * @param attributes its scalar attributes as text (numbers in plain notation)
     * @param rttRow its heartbeat row (peer to average RTT in ms, null when the peer never answered), if given
     */
    public record Node(NodeId id, Map<String, String> attributes, Optional<Map<NodeId, Double>> rttRow) {
    }

    /**
     * @param root the JSON document
     * @return the validated input
     */
    public static ElectionInput parse(JsonNode root) {
        if (!root.isObject()) {
            throw new InvalidArgumentException(IN, "(root)", "must be a JSON object");
        }
        Json.requireKnownFields(root, KEYS, IN);
        JsonNode p = root.get("policy");
        if (p == null || !p.isTextual() || p.asText().isBlank()) {
            throw new InvalidArgumentException(IN, "policy", p == null ? "is required" : "must be a policy name");
        }
        int delegates = intField(root, "delegates", null, 1);
        int standbys = intField(root, "standbys", 0, 0);
        int rounds = intField(root, "rounds", 1, 1);
        long seed = longField(root, "seed", 0);
        Map<String, String> params = new TreeMap<>();
        JsonNode pm = root.get("params");
        if (pm != null && !pm.isNull()) {
            if (!pm.isObject()) {
                throw new InvalidArgumentException(IN, "params", "must be an object");
            }
            pm.fields().forEachRemaining(e -> params.put(e.getKey(), scalar("params", e.getKey(), e.getValue())));
        }
        Optional<Votes> votes = votes(root.get("votes"));
        List<Node> nodes = nodes(root.get("nodes"), votes);
        latencyMatrix(root.get("latencyMatrix"), nodes);
        if (delegates > nodes.size()) {
            throw new InvalidArgumentException(IN, "delegates", "must not exceed the number of nodes ("
                    + nodes.size() + "), was " + delegates);
        }
        return new ElectionInput(p.asText(), delegates, standbys, rounds, seed, params, votes, List.copyOf(nodes));
    }

    private static Optional<Votes> votes(JsonNode v) {
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isObject()) {
            throw new InvalidArgumentException(IN, "votes", "must be an object such as {\"mode\": \"random\", "
                    + "\"votesPerNode\": 10}");
        }
        JsonNode m = v.get("mode");
        if (m == null || !m.isTextual()) {
            throw new InvalidArgumentException(IN, "votes.mode", "is required: random or fixed");
        }
        Mode mode;
        try {
            mode = Mode.valueOf(m.asText().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(IN, "votes.mode", "must be random or fixed, was '" + m.asText() + "'");
        }
        for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!k.equals("mode") && !(k.equals("votesPerNode") && mode == Mode.RANDOM)) {
                throw new InvalidArgumentException(IN, "votes." + k, "unknown field for mode " + m.asText());
            }
        }
        int perNode = mode == Mode.RANDOM ? intField(v, "votesPerNode", null, 0) : 0;
        return Optional.of(new Votes(mode, perNode));
    }

    private static List<Node> nodes(JsonNode arr, Optional<Votes> votes) {
        if (arr == null || !arr.isArray() || arr.isEmpty()) {
            throw new InvalidArgumentException(IN, "nodes", arr == null ? "is required" : "must be a non-empty array");
        }
        List<Node> out = new ArrayList<>();
        Map<NodeId, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < arr.size(); i++) {
            JsonNode n = arr.get(i);
            String where = "node #" + (i + 1);
            if (!n.isObject()) {
                throw new InvalidArgumentException(where, "(node)", "must be an object");
            }
            JsonNode idNode = n.get("id");
            if (idNode == null || !(idNode.isTextual() || idNode.isIntegralNumber()) || idNode.asText().isBlank()) {
                throw new InvalidArgumentException(where, "id", "is required (a string or a whole number)");
            }
            NodeId id = NodeId.of(idNode.asText());
            if (seen.put(id, i) != null) {
                throw new InvalidArgumentException("node " + id, "id", "is used by more than one node");
            }
            String subject = "node " + id;
            Map<String, String> attributes = new TreeMap<>();
            Optional<Map<NodeId, Double>> row = Optional.empty();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = e.getKey();
                if (key.equals("id")) {
                    continue;
                }
                if (key.equals("rttMs") && e.getValue().isObject()) {
                    row = Optional.of(row(subject, e.getValue()));
                    continue;
                }
                if (key.equals("votes") && votes.isPresent() && votes.get().mode() == Mode.RANDOM) {
                    throw new InvalidArgumentException(subject, "votes",
                            "is cast at random in votes.mode random; remove it or use mode fixed");
                }
                String value = scalar(subject, key, e.getValue());
                attributes.put(key, value);
            }
            if (votes.isPresent() && votes.get().mode() == Mode.FIXED && !attributes.containsKey("votes")) {
                throw new InvalidArgumentException(subject, "votes", "is required in votes.mode fixed");
            }
            out.add(new Node(id, attributes, row));
        }
        return out;
    }

    private static void latencyMatrix(JsonNode m, List<Node> nodes) {
        if (m == null || m.isNull()) {
            return;
        }
        if (!m.isObject()) {
            throw new InvalidArgumentException(IN, "latencyMatrix", "must be an object {node: {peer: rttMs|null}}");
        }
        Map<NodeId, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i).id(), i);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = m.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Integer i = index.get(NodeId.of(e.getKey()));
            if (i == null) {
                throw new InvalidArgumentException(IN, "latencyMatrix." + e.getKey(), "is not a listed node");
            }
            Node n = nodes.get(i);
            if (n.rttRow().isPresent() || n.attributes().containsKey("rttMs")) {
                throw new InvalidArgumentException("node " + n.id(), "rttMs",
                        "is given both on the node and in latencyMatrix");
            }
            if (!e.getValue().isObject()) {
                throw new InvalidArgumentException(IN, "latencyMatrix." + e.getKey(), "must be an object {peer: rttMs}");
            }
            nodes.set(i, new Node(n.id(), n.attributes(), Optional.of(row("node " + n.id(), e.getValue()))));
        }
    }

    private static Map<NodeId, Double> row(String subject, JsonNode obj) {
        Map<NodeId, Double> row = new TreeMap<>();
        obj.fields().forEachRemaining(p -> {
            JsonNode v = p.getValue();
            if (v.isNull()) {
                row.put(NodeId.of(p.getKey()), null);
            } else if (v.isNumber()) {
                if (v.decimalValue().signum() < 0) {
                    throw new InvalidArgumentException(subject, "rttMs." + p.getKey(),
                            "must not be negative, was " + v.decimalValue().toPlainString());
                }
                row.put(NodeId.of(p.getKey()), v.doubleValue());
            } else {
                throw new InvalidArgumentException(subject, "rttMs." + p.getKey(),
                        "must be a number of milliseconds or null (never answered)");
            }
        });
        return row;
    }

    private static String scalar(String subject, String key, JsonNode v) {
        if (v.isNumber()) {
            BigDecimal d = v.decimalValue();
            if (d.signum() < 0) {
                throw new InvalidArgumentException(subject, key, "must not be negative, was " + d.toPlainString());
            }
            return d.toPlainString();
        }
        if (v.isTextual() || v.isBoolean()) {
            return v.asText();
        }
        throw new InvalidArgumentException(subject, key, "must be a number, a string or true/false");
    }

    private static int intField(JsonNode obj, String key, Integer fallback, int min) {
        JsonNode v = obj.get(key);
        String field = obj.has("mode") ? "votes." + key : key;
        if (v == null || v.isNull()) {
            if (fallback == null) {
                throw new InvalidArgumentException(IN, field, "is required");
            }
            return fallback;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new InvalidArgumentException(IN, field, "must be a whole number, was " + v);
        }
        if (v.intValue() < min) {
            throw new InvalidArgumentException(IN, field, "must be at least " + min + ", was " + v.intValue());
        }
        return v.intValue();
    }

    private static long longField(JsonNode obj, String key, long fallback) {
        JsonNode v = obj.get(key);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new InvalidArgumentException(IN, key, "must be a whole number, was " + v);
        }
        return v.longValue();
    }
}
