package dev.eet.examples.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.Candidate;
import dev.eet.api.consensus.ConsensusProtocolProvider;
import dev.eet.api.consensus.ElectionPolicy;
import dev.eet.api.consensus.ElectionPolicyProvider;
import dev.eet.api.consensus.ElectionResult;
import dev.eet.api.hardware.MeterDriverProvider;
import dev.eet.api.matching.MatcherProvider;
import dev.eet.api.settlement.CompensationRuleProvider;
import dev.eet.api.settlement.ReputationRuleProvider;
import dev.eet.api.spi.Config;
import dev.eet.api.spi.Provider;
import dev.eet.api.spi.ProviderRegistry;
import dev.eet.api.spi.UnknownProviderException;
import dev.eet.api.value.Bytes;
import dev.eet.api.value.Price;
import dev.eet.examples.cli.Json;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One node's configuration: who it is, where its data and ports are, the consensus members, and every pluggable
 * part by provider name. JSON form ({@code eet node init} writes it; every field but {@code id}, {@code members}
 * and {@code consensus.listen} has a default):
 *
 * <pre>{@code
 * { "id": "node1", "dataDir": "data", "http": "127.0.0.1:7101",
 *   "consensus": { "protocol": "pbft", "listen": "127.0.0.1:7100", "params": { "maxBatchTime": "PT0.05S" },
 *                  "election": { "policy": "stake", "params": { } } },
 *   "members": [ { "id": "node1", "address": "127.0.0.1:7100", "publicKey": "<hex>",
 *                  "httpUrl": "http://127.0.0.1:7101", "attributes": { "stake": 120 } }, ... ],
 *   "matcher": { "name": "cda", "params": { "beta": 0.1, "gridRetailPrice": 0.59, "gridFeedInPrice": 0.31 } },
 *   "settlement": { "compensationRule": "grid-price-gap", "reputationRule": "report-ch4-reputation",
 *                   "gridRetailPrice": 0.59, "gridFeedInPrice": 0.31, "tolerancePeriods": 1,
 *                   "deviationTolerance": 0.1, "penaliseMissingUploads": false, "settleResiduals": false },
 *   "periods": { "length": "PT15M", "auto": true, "backupDelay": "PT2S" },
 *   "meters": [ { "participant": "P1", "driver": "simulated", "params": { "kind": "pv", "peakKw": 5 } } ],
 *   "limits": { "maxBodyBytes": 65536, "requestsPerSecond": 50, "burst": 100 } }
 * }</pre>
 *
 * @param id this node's id (must be one of {@code members})
 * @param dataDir the data directory (key, ledger); relative paths are resolved against the config file's folder
 * @param http the HTTP API's listen address
 * @param protocol the consensus protocol provider name
 * @param consensusListen the consensus transport's listen address
 * @param protocolParams extra parameters passed to the protocol provider as they are
 * @param members every consensus member, in primary-rotation order
 * @param matcher the matcher provider name
 * @param matcherParams the matcher's parameters
 * @param settlement the settlement choices
 * @param periods the trading-period clock
 * @param meters meters this node reads and uploads
 * @param limits HTTP limits
 * @param election the election policy that orders the members (primary rotation), if any; without one the
 *     members' listed order is the rotation order
 */
public record NodeConfig(NodeId id, Path dataDir, InetSocketAddress http, String protocol,
                         InetSocketAddress consensusListen, Map<String, String> protocolParams, List<Member> members,
                         String matcher, Config matcherParams, SettlementSpec settlement, PeriodSpec periods,
                         List<MeterSpec> meters, Limits limits, Optional<ElectionSpec> election) {

    private static final Set<String> TOP = Set.of("id", "dataDir", "http", "consensus", "members", "matcher",
            "settlement", "periods", "meters", "limits");

    /** Copies collections and checks that this node is a member. */
    public NodeConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(election, "election");
        protocolParams = Map.copyOf(protocolParams);
        members = List.copyOf(members);
        meters = List.copyOf(meters);
        if (members.stream().noneMatch(m -> m.id().equals(id))) {
            throw new InvalidArgumentException("node config", "members", "must list this node " + id);
        }
    }

    /**
     * A configuration without an election policy (members rotate in their listed order).
     *
     * @param id this node's id
     * @param dataDir the data directory
     * @param http the HTTP listen address
     * @param protocol the consensus protocol provider name
     * @param consensusListen the consensus listen address
     * @param protocolParams extra protocol parameters
     * @param members the members
     * @param matcher the matcher name
     * @param matcherParams its parameters
     * @param settlement settlement choices
     * @param periods the period clock
     * @param meters meters
     * @param limits HTTP limits
     */
    public NodeConfig(NodeId id, Path dataDir, InetSocketAddress http, String protocol,
                      InetSocketAddress consensusListen, Map<String, String> protocolParams, List<Member> members,
                      String matcher, Config matcherParams, SettlementSpec settlement, PeriodSpec periods,
                      List<MeterSpec> meters, Limits limits) {
        this(id, dataDir, http, protocol, consensusListen, protocolParams, members, matcher, matcherParams, settlement,
                periods, meters, limits, Optional.empty());
    }

    /**
     * A consensus member.
     *
     * @param id its node id
     * @param address its consensus address ({@code host:port})
     * @param publicKey its Ed25519 public key (32 bytes)
     * @param httpUrl its HTTP API base URL (for status and catch-up checks), if known
     * @param attributes its attributes for the election policy (e.g. {@code stake}), possibly none
     */
    public record Member(NodeId id, String address, Bytes publicKey, String httpUrl, Config attributes) {
        /**
         * A member without election attributes.
         *
         * @param id its node id
         * @param address its consensus address
         * @param publicKey its public key
         * @param httpUrl its HTTP API base URL or empty
         */
        public Member(NodeId id, String address, Bytes publicKey, String httpUrl) {
            this(id, address, publicKey, httpUrl, Config.builder("node " + id).build());
        }
    }

    /**
     * The election policy that ranks the members: the ranked delegates, then standbys, then the rest in listed
     * order, form the primary-rotation order handed to the protocol (so with PBFT the top-ranked member is the
     * first primary). Every node computes the same order from the same config.
     *
     * @param policy an {@code ElectionPolicyProvider} name ({@code stake}, {@code credit}, {@code fdpos}...)
     * @param params the policy's parameters (its seed is the config's)
     */
    public record ElectionSpec(String policy, Config params) {
    }

    /** @return the primary-rotation order: the members ranked by the election policy, or as listed */
    public List<NodeId> rotation() {
        if (election.isEmpty()) {
            return memberIds();
        }
        ElectionSpec e = election.get();
        ElectionPolicy policy = ProviderRegistry.load(ElectionPolicyProvider.class).get(e.policy()).create(e.params());
        List<Candidate> candidates = new ArrayList<>();
        members.forEach(m -> candidates.add(new Candidate(m.id(), m.attributes())));
        ElectionResult r = policy.elect(candidates, members.size(), 0);
        List<NodeId> out = new ArrayList<>(r.delegates());
        r.standbys().forEach(n -> {
            if (!out.contains(n)) {
                out.add(n);
            }
        });
        for (NodeId n : memberIds()) {
            if (!out.contains(n)) {
                out.add(n);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Settlement choices.
     *
     * @param compensationRule a {@code CompensationRuleProvider} name
     * @param reputationRule a {@code ReputationRuleProvider} name
     * @param gridRetail the grid's retail price
     * @param gridFeedIn the grid's feed-in price
     * @param tolerancePeriods periods to wait for missing meter uploads
     * @param deviationTolerance relative deviation still counted as a completed trade
     * @param penaliseMissingUploads whether a missing upload is a reputation penalty
     * @param settleResiduals whether the contract parties' metered energy outside their contracts (beyond their
     *     trades, or short of a grid trade) is settled with the grid at feed-in / retail (see
     *     {@link PeriodSettlement})
     */
    public record SettlementSpec(String compensationRule, String reputationRule, Price gridRetail, Price gridFeedIn,
                                 int tolerancePeriods, BigDecimal deviationTolerance, boolean penaliseMissingUploads,
                                 boolean settleResiduals) {
        /** The defaults: grid-price-gap, report-ch4-reputation, 0.59 / 0.31, tolerance 1 period, 10 %, no residuals. */
        public static final SettlementSpec DEFAULTS = new SettlementSpec("grid-price-gap", "report-ch4-reputation",
                Price.perKwh("0.59"), Price.perKwh("0.31"), 1, new BigDecimal("0.1"), false, false);

        /**
         * Without residual settlement.
         *
         * @param compensationRule a {@code CompensationRuleProvider} name
         * @param reputationRule a {@code ReputationRuleProvider} name
         * @param gridRetail the grid's retail price
         * @param gridFeedIn the grid's feed-in price
         * @param tolerancePeriods periods to wait for missing meter uploads
         * @param deviationTolerance relative deviation still counted as a completed trade
         * @param penaliseMissingUploads whether a missing upload is a reputation penalty
         */
        public SettlementSpec(String compensationRule, String reputationRule, Price gridRetail, Price gridFeedIn,
                              int tolerancePeriods, BigDecimal deviationTolerance, boolean penaliseMissingUploads) {
            this(compensationRule, reputationRule, gridRetail, gridFeedIn, tolerancePeriods, deviationTolerance,
                    penaliseMissingUploads, false);
        }

        /**
         * @param on whether to settle residuals
         * @return a copy with {@link #settleResiduals()} set
         */
        public SettlementSpec withSettleResiduals(boolean on) {
            return new SettlementSpec(compensationRule, reputationRule, gridRetail, gridFeedIn, tolerancePeriods,
                    deviationTolerance, penaliseMissingUploads, on);
        }
    }

    /**
     * The trading-period clock.
     *
     * @param length period length
     * @param auto whether the node closes periods itself at multiples of {@code length} (else only by
     *             {@link ExchangeNode#closePeriod()})
     * @param backupDelay how long a non-leader waits before submitting a missing match result or settlement
     */
    public record PeriodSpec(Duration length, boolean auto, Duration backupDelay) {
        /** 15-minute periods closed by the clock; backups after 2 s. */
        public static final PeriodSpec DEFAULTS = new PeriodSpec(Duration.ofMinutes(15), true, Duration.ofSeconds(2));
    }

    /**
     * A meter read at every period close.
     *
     * @param participant whose energy it measures
     * @param driver a {@code MeterDriverProvider} name ({@code simulated}, {@code modbus-rtu}, {@code modbus-tcp})
     * @param params the driver's parameters
     */
    public record MeterSpec(String participant, String driver, Config params) {
    }

    /**
     * HTTP limits.
     *
     * @param maxBodyBytes largest accepted request body
     * @param requestsPerSecond sustained requests per second per client address
     * @param burst requests a client may make at once
     */
    public record Limits(int maxBodyBytes, int requestsPerSecond, int burst) {
        /** 64 KiB bodies, 50 requests per second, bursts of 100. */
        public static final Limits DEFAULTS = new Limits(65_536, 50, 100);
    }

    /** @return the members' ids in rotation order */
    public List<NodeId> memberIds() {
        List<NodeId> out = new ArrayList<>();
        members.forEach(m -> out.add(m.id()));
        return out;
    }

    /** @return this node's member entry */
    public Member self() {
        return members.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * @param root the parsed config file
     * @param file the file (for error messages and relative paths)
     * @return the checked config
     * @throws InvalidArgumentException {@code FILE: field.path: problem}
     */
    public static NodeConfig parse(JsonNode root, Path file) {
        Reader r = new Reader(file.toString());
        if (root == null || !root.isObject()) {
            throw r.error("(root)", "must be a JSON object");
        }
        r.known(root, TOP, "");
        NodeId id = NodeId.of(r.text(root, "id", null));
        Path base = file.toAbsolutePath().getParent();
        Path dataDir = base.resolve(r.text(root, "dataDir", "data-" + id.value())).normalize();
        InetSocketAddress http = r.address(root, "http", "127.0.0.1:0");
        JsonNode consensus = r.object(root, "consensus", true);
        r.known(consensus, Set.of("protocol", "listen", "params", "election"), "consensus.");
        String protocol = r.text(consensus, "protocol", "pbft", "consensus.");
        InetSocketAddress listen = r.address(consensus, "listen", null, "consensus.");
        Map<String, String> protocolParams = r.params(consensus, "params", "consensus.").asMap();
        JsonNode list = root.get("members");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw r.error("members", "is required (an array of { id, address, publicKey })");
        }
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "members[" + i + "].";
            JsonNode m = list.get(i);
            if (!m.isObject()) {
                throw r.error("members[" + i + "]", "must be a JSON object");
            }
            r.known(m, Set.of("id", "address", "publicKey", "httpUrl", "attributes"), at);
            NodeId mid = NodeId.of(r.text(m, "id", null, at));
            String address = r.text(m, "address", null, at);
            r.address(m, "address", null, at);
            Bytes key;
            try {
                key = Bytes.fromHex(r.text(m, "publicKey", null, at));
            } catch (IllegalArgumentException e) {
                throw r.error(at + "publicKey", "is not hexadecimal");
            }
            if (key.length() != 32) {
                throw r.error(at + "publicKey", "must be 32 bytes (64 hex digits), was " + key.length());
            }
            if (members.stream().anyMatch(x -> x.id().equals(mid))) {
                throw r.error(at + "id", "duplicate member " + mid);
            }
            members.add(new Member(mid, address, key, r.text(m, "httpUrl", "", at),
                    r.params(m, "attributes", at).withSubject("node " + mid)));
        }
        if (members.stream().noneMatch(m -> m.id().equals(id))) {
            throw r.error("members", "must list this node " + id);
        }
        JsonNode matcher = r.object(root, "matcher", false);
        String matcherName = "cda";
        Config.Builder matcherParams = Config.builder("matcher cda");
        if (matcher != null) {
            r.known(matcher, Set.of("name", "params"), "matcher.");
            matcherName = r.text(matcher, "name", "cda", "matcher.");
            matcherParams = r.params(matcher, "params", "matcher.").toBuilder();
        }
        matcherParams.subject("matcher " + matcherName);
        SettlementSpec settlement = settlement(r, r.object(root, "settlement", false));
        PeriodSpec periods = periods(r, r.object(root, "periods", false));
        List<MeterSpec> meters = new ArrayList<>();
        JsonNode ms = root.get("meters");
        if (ms != null && !ms.isNull()) {
            if (!ms.isArray()) {
                throw r.error("meters", "must be an array");
            }
            for (int i = 0; i < ms.size(); i++) {
                String at = "meters[" + i + "].";
                JsonNode m = ms.get(i);
                if (!m.isObject()) {
                    throw r.error("meters[" + i + "]", "must be a JSON object");
                }
                r.known(m, Set.of("participant", "driver", "params"), at);
                String participant = r.text(m, "participant", null, at);
                meters.add(new MeterSpec(participant, r.text(m, "driver", "simulated", at),
                        r.params(m, "params", at).withSubject("meter " + participant)));
            }
        }
        Limits limits = limits(r, r.object(root, "limits", false));
        Optional<ElectionSpec> election = Optional.empty();
        JsonNode el = r.object(consensus, "election", false);
        if (el != null) {
            r.known(el, Set.of("policy", "params"), "consensus.election.");
            String policy = r.text(el, "policy", null, "consensus.election.");
            checkName(r, ElectionPolicyProvider.class, policy, "consensus.election.policy");
            election = Optional.of(new ElectionSpec(policy,
                    r.params(el, "params", "consensus.election.").withSubject("election " + policy)));
        }
        Config mp = matcherParams.build();
        try {
            ProviderRegistry.load(MatcherProvider.class).get(matcherName).create(mp);
        } catch (UnknownProviderException e) {
            throw r.error("matcher.name", e.getMessage());
        } catch (InvalidArgumentException e) {
            throw r.error("matcher.params." + e.field(), e.problem());
        }
        checkName(r, CompensationRuleProvider.class, settlement.compensationRule(), "settlement.compensationRule");
        checkName(r, ReputationRuleProvider.class, settlement.reputationRule(), "settlement.reputationRule");
        checkName(r, ConsensusProtocolProvider.class, protocol, "consensus.protocol");
        for (int i = 0; i < meters.size(); i++) {
            checkName(r, MeterDriverProvider.class, meters.get(i).driver(), "meters[" + i + "].driver");
        }
        NodeConfig parsed = new NodeConfig(id, dataDir, http, protocol, listen, protocolParams, members, matcherName,
                mp, settlement, periods, meters, limits, election);
        try {
            parsed.rotation();
        } catch (InvalidArgumentException e) {
            throw r.error("consensus.election", e.getMessage());
        }
        return parsed;
    }

    private static <P extends Provider<?>> void checkName(Reader r, Class<P> type, String name, String field) {
        ProviderRegistry<P> registry = ProviderRegistry.load(type);
        if (registry.find(name).isEmpty()) {
            throw r.error(field, "unknown provider '" + name + "' (known: " + String.join(", ", registry.names()) + ")");
        }
    }

    private static SettlementSpec settlement(Reader r, JsonNode s) {
        SettlementSpec d = SettlementSpec.DEFAULTS;
        if (s == null) {
            return d;
        }
        String p = "settlement.";
        r.known(s, Set.of("compensationRule", "reputationRule", "gridRetailPrice", "gridFeedInPrice",
                "tolerancePeriods", "deviationTolerance", "penaliseMissingUploads", "settleResiduals"), p);
        int tolerance = (int) r.whole(s, "tolerancePeriods", d.tolerancePeriods(), p);
        if (tolerance < 0) {
            throw r.error(p + "tolerancePeriods", "must not be negative, was " + tolerance);
        }
        return new SettlementSpec(r.text(s, "compensationRule", d.compensationRule(), p),
                r.text(s, "reputationRule", d.reputationRule(), p),
                Price.perKwh(r.decimal(s, "gridRetailPrice", d.gridRetail().toDecimal(), p)),
                Price.perKwh(r.decimal(s, "gridFeedInPrice", d.gridFeedIn().toDecimal(), p)),
                tolerance, r.decimal(s, "deviationTolerance", d.deviationTolerance(), p),
                r.bool(s, "penaliseMissingUploads", d.penaliseMissingUploads(), p),
                r.bool(s, "settleResiduals", d.settleResiduals(), p));
    }

    private static PeriodSpec periods(Reader r, JsonNode s) {
        PeriodSpec d = PeriodSpec.DEFAULTS;
        if (s == null) {
            return d;
        }
        String p = "periods.";
        r.known(s, Set.of("length", "auto", "backupDelay"), p);
        return new PeriodSpec(r.duration(s, "length", d.length(), p), r.bool(s, "auto", d.auto(), p),
                r.duration(s, "backupDelay", d.backupDelay(), p));
    }

    private static Limits limits(Reader r, JsonNode s) {
        Limits d = Limits.DEFAULTS;
        if (s == null) {
            return d;
        }
        String p = "limits.";
        r.known(s, Set.of("maxBodyBytes", "requestsPerSecond", "burst"), p);
        return new Limits((int) r.positive(s, "maxBodyBytes", d.maxBodyBytes(), p),
                (int) r.positive(s, "requestsPerSecond", d.requestsPerSecond(), p),
                (int) r.positive(s, "burst", d.burst(), p));
    }

    /**
     * @return this config as JSON (the format {@link #parse} reads); {@code dataDir} relative to {@code folder}
     * @param folder the folder the file will be written to
     */
    public ObjectNode toJson(Path folder) {
        ObjectNode o = Json.object();
        o.put("id", id.value());
        Path rel = folder.toAbsolutePath().normalize().relativize(dataDir.toAbsolutePath().normalize());
        o.put("dataDir", rel.toString().isEmpty() ? "." : rel.toString());
        o.put("http", hostPort(http));
        ObjectNode c = o.putObject("consensus");
        c.put("protocol", protocol).put("listen", hostPort(consensusListen));
        ObjectNode cp = c.putObject("params");
        new TreeMap<>(protocolParams).forEach(cp::put);
        election.ifPresent(e -> {
            ObjectNode ej = c.putObject("election").put("policy", e.policy());
            ObjectNode ep = ej.putObject("params");
            e.params().asMap().forEach(ep::put);
        });
        ArrayNode ms = o.putArray("members");
        for (Member m : members) {
            ObjectNode j = ms.addObject().put("id", m.id().value()).put("address", m.address())
                    .put("publicKey", m.publicKey().toHex());
            if (!m.httpUrl().isEmpty()) {
                j.put("httpUrl", m.httpUrl());
            }
            if (!m.attributes().asMap().isEmpty()) {
                ObjectNode a = j.putObject("attributes");
                m.attributes().asMap().forEach(a::put);
            }
        }
        ObjectNode mt = o.putObject("matcher").put("name", matcher);
        ObjectNode mp = mt.putObject("params");
        matcherParams.asMap().forEach((k, v) -> mp.put(k, decimalOrText(v)));
        ObjectNode s = o.putObject("settlement").put("compensationRule", settlement.compensationRule())
                .put("reputationRule", settlement.reputationRule());
        s.put("gridRetailPrice", Json.exact(settlement.gridRetail().toDecimal()));
        s.put("gridFeedInPrice", Json.exact(settlement.gridFeedIn().toDecimal()));
        s.put("tolerancePeriods", settlement.tolerancePeriods());
        s.put("deviationTolerance", Json.exact(settlement.deviationTolerance()));
        s.put("penaliseMissingUploads", settlement.penaliseMissingUploads());
        s.put("settleResiduals", settlement.settleResiduals());
        o.putObject("periods").put("length", periods.length().toString()).put("auto", periods.auto())
                .put("backupDelay", periods.backupDelay().toString());
        ArrayNode mtr = o.putArray("meters");
        for (MeterSpec m : meters) {
            ObjectNode j = mtr.addObject().put("participant", m.participant()).put("driver", m.driver());
            ObjectNode jp = j.putObject("params");
            m.params().asMap().forEach((k, v) -> jp.put(k, v));
        }
        o.putObject("limits").put("maxBodyBytes", limits.maxBodyBytes())
                .put("requestsPerSecond", limits.requestsPerSecond()).put("burst", limits.burst());
        return o;
    }

    private static BigDecimal decimalOrText(String v) {
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * @param a an address
     * @return {@code host:port}
     */
    static String hostPort(InetSocketAddress a) {
        return a.getHostString() + ":" + a.getPort();
    }

    /** Field access with errors naming the file and the field path. */
    private static final class Reader {
        private final String file;

        Reader(String file) {
            this.file = file;
        }

        InvalidArgumentException error(String field, String problem) {
            return new InvalidArgumentException(file, field, problem);
        }

        void known(JsonNode node, Set<String> known, String prefix) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String n = names.next();
                if (!known.contains(n)) {
                    throw error(prefix + n, "unknown field (known: " + String.join(", ", new java.util.TreeSet<>(known))
                            + ")");
                }
            }
        }

        JsonNode object(JsonNode node, String field, boolean required) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    throw error(field, "is required");
                }
                return null;
            }
            if (!v.isObject()) {
                throw error(field, "must be a JSON object");
            }
            return v;
        }

        String text(JsonNode node, String field, String fallback) {
            return text(node, field, fallback, "");
        }

        String text(JsonNode node, String field, String fallback, String prefix) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (fallback == null) {
                    throw error(prefix + field, "is required");
                }
                return fallback;
            }
            if (!v.isTextual() || v.asText().isBlank()) {
                throw error(prefix + field, "must be a non-blank string, was " + v);
            }
            return v.asText();
        }

        InetSocketAddress address(JsonNode node, String field, String fallback) {
            return address(node, field, fallback, "");
        }

        InetSocketAddress address(JsonNode node, String field, String fallback, String prefix) {
            String s = text(node, field, fallback, prefix);
            int colon = s.lastIndexOf(':');
            if (colon <= 0) {
                throw error(prefix + field, "must be host:port, was '" + s + "'");
            }
            try {
                int port = Integer.parseInt(s.substring(colon + 1));
                if (port < 0 || port > 65535) {
                    throw new NumberFormatException();
                }
                return InetSocketAddress.createUnresolved(s.substring(0, colon), port);
            } catch (NumberFormatException e) {
                throw error(prefix + field, "port must be a whole number in [0, 65535], was '" + s + "'");
            }
        }

        Config params(JsonNode node, String field, String prefix) {
            Config.Builder b = Config.builder(file + ": " + prefix + field);
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return b.build();
            }
            if (!v.isObject()) {
                throw error(prefix + field, "must be a JSON object");
            }
            Iterator<Map.Entry<String, JsonNode>> it = v.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode x = e.getValue();
                if (x.isContainerNode()) {
                    throw error(prefix + field + "." + e.getKey(), "must be a number, string or boolean");
                }
                if (!x.isNull()) {
                    b.put(e.getKey(), x.isNumber() ? x.decimalValue().toPlainString() : x.asText());
                }
            }
            return b.build();
        }

        long whole(JsonNode node, String field, long fallback, String prefix) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return fallback;
            }
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                throw error(prefix + field, "must be a whole number, was " + v);
            }
            return v.asLong();
        }

        long positive(JsonNode node, String field, long fallback, String prefix) {
            long v = whole(node, field, fallback, prefix);
            if (v <= 0) {
                throw error(prefix + field, "must be positive, was " + v);
            }
            return v;
        }

        BigDecimal decimal(JsonNode node, String field, BigDecimal fallback, String prefix) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return fallback;
            }
            if (!v.isNumber()) {
                throw error(prefix + field, "must be a number, was " + v);
            }
            if (v.decimalValue().signum() < 0) {
                throw error(prefix + field, "must not be negative, was " + v.decimalValue().toPlainString());
            }
            return v.decimalValue();
        }

        boolean bool(JsonNode node, String field, boolean fallback, String prefix) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return fallback;
            }
            if (!v.isBoolean()) {
                throw error(prefix + field, "must be true or false, was " + v);
            }
            return v.asBoolean();
        }

        Duration duration(JsonNode node, String field, Duration fallback, String prefix) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return fallback;
            }
            try {
                Duration d = v.isIntegralNumber() ? Duration.ofMillis(v.asLong()) : Duration.parse(v.asText().trim());
                if (d.isNegative() || d.isZero()) {
                    throw error(prefix + field, "must be positive, was " + v);
                }
                return d;
            } catch (DateTimeParseException e) {
                throw error(prefix + field, "must be an ISO-8601 duration such as PT15M or milliseconds, was " + v);
            }
        }
    }
}
