package dev.eet.consensus.dpos;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.Candidate;
import dev.eet.api.consensus.ConsensusProtocol;
import dev.eet.api.consensus.ConsensusProtocolProvider;
import dev.eet.api.consensus.ElectionPolicy;
import dev.eet.api.consensus.ElectionPolicyProvider;
import dev.eet.api.consensus.ElectionResult;
import dev.eet.api.consensus.LedgerStore;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.spi.Config;
import dev.eet.api.spi.ProviderRegistry;
import dev.eet.consensus.ledger.BlockVerifier;
import dev.eet.consensus.ledger.CertificateRule;
import dev.eet.consensus.ledger.FileLedgerStore;
import dev.eet.consensus.ledger.MemoryLedgerStore;
import dev.eet.consensus.runtime.ExecutorScheduler;
import dev.eet.consensus.tcp.MemberConfig;
import dev.eet.consensus.tcp.TcpTransport;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Provider {@code dpos}: one node of a DPoS chain over TCP ({@link DposNode}), its delegates elected by any
 * registered election policy chosen by name. Parameters:
 * <ul>
 *   <li>{@code node}, {@code privateKey}, {@code listen}, {@code members}, {@code senders}, {@code ledger}: as for
 *       {@code pbft} ({@link MemberConfig}); every member validates, the majority is counted over them; with a
 *       {@code ledger} file the node's votes go to {@code LEDGER.votes} ({@link FileVoteJournal});</li>
 *   <li>{@code election}: the election policy's provider name (default {@code stake}), and its own parameters as
 *       {@code election.KEY} (e.g. {@code election.mu});</li>
 *   <li>{@code delegates} (default {@code min(3, n)}) and {@code standbys} (default the other members);</li>
 *   <li>{@code attributes}: the candidates' attributes for the policy, {@code id:key=value;key=value,...}
 *       (default: {@code stake} decreasing in member order, {@code 10 * (n - i)}, so that {@code stake} works
 *       unconfigured); every member is a candidate;</li>
 *   <li>{@code operator}: the member whose signed {@code dpos-readmit} transactions re-admit evicted delegates
 *       (default the first member);</li>
 *   <li>{@code slot} (default {@code PT0.5S}), {@code start} (ISO instant of slot 0, default
 *       {@code 2024-01-01T00:00:00Z}; every member must share both), {@code maxTransactionsPerBlock} (default
 *       500).</li>
 * </ul>
 * Every member runs the same deterministic election on the same attributes, so all agree on the schedule. The
 * clock is the config's clock.
 */
public final class DposProtocolProvider implements ConsensusProtocolProvider {
    private static final Set<String> KEYS = Set.of("node", "privateKey", "listen", "members", "senders", "ledger",
            "election", "delegates", "standbys", "attributes", "operator", "slot", "start", "maxTransactionsPerBlock");

    @Override
    public String name() {
        return "dpos";
    }

    @Override
    public String description() {
        return "DPoS chain node over TCP, delegates elected by a named election policy";
    }

    @Override
    public ConsensusProtocol create(Config c) {
        Map<String, Object> policyParams = new HashMap<>();
        Set<String> own = new TreeSet<>();
        for (Map.Entry<String, String> e : c.asMap().entrySet()) {
            if (e.getKey().startsWith("election.")) {
                policyParams.put(e.getKey().substring("election.".length()), e.getValue());
            } else {
                own.add(e.getKey());
            }
        }
        for (String k : own) {
            if (!KEYS.contains(k)) {
                throw new InvalidArgumentException(c.subject(), k, "unknown parameter (known: " + new TreeSet<>(KEYS)
                        + " and election.*)");
            }
        }
        MemberConfig m = MemberConfig.parse(c);
        int n = m.order().size();
        int delegates = c.getInt("delegates", Math.min(3, n));
        if (delegates < 1 || delegates > n) {
            throw new InvalidArgumentException(c.subject(), "delegates", "must be in [1, " + n + "], was " + delegates);
        }
        int standbys = c.getInt("standbys", n - delegates);
        if (standbys < 0 || delegates + standbys > n) {
            throw new InvalidArgumentException(c.subject(), "standbys", "must be in [0, " + (n - delegates)
                    + "], was " + standbys);
        }
        String policyName = c.getString("election", "stake");
        ElectionPolicy policy = ProviderRegistry.load(ElectionPolicyProvider.class).get(policyName)
                .create(Config.builder(c.subject() + " election " + policyName).putAll(policyParams)
                        .clock(c.clock()).seed(c.seed()).build());
        ElectionResult election = policy.elect(candidates(c, m.order()), delegates, standbys);
        NodeId operator = NodeId.of(c.getString("operator", m.order().get(0).value()));
        if (!m.publicKeys().containsKey(operator)) {
            throw new InvalidArgumentException(c.subject(), "operator", "has no public key among members and senders: "
                    + operator);
        }
        Instant start;
        try {
            start = Instant.parse(c.getString("start", "2024-01-01T00:00:00Z"));
        } catch (DateTimeParseException e) {
            throw new InvalidArgumentException(c.subject(), "start", "is not an ISO-8601 instant: "
                    + c.getString("start"));
        }
        DposSettings settings = new DposSettings(new TreeSet<>(m.order()), operator, start,
                c.getDuration("slot", Duration.ofMillis(500)), c.getInt("maxTransactionsPerBlock", 500));
        BlockVerifier verifier = new BlockVerifier(m.directory(),
                CertificateRule.quorum(settings.nodes(), settings.quorum()));
        LedgerStore store = c.find("ledger").<LedgerStore>map(p -> FileLedgerStore.open(Path.of(p),
                Optional.of(verifier))).orElseGet(MemoryLedgerStore::new);
        VoteJournal journal = c.find("ledger").<VoteJournal>map(p -> FileVoteJournal.open(Path.of(p + ".votes")))
                .orElseGet(VoteJournal::inMemory);
        TcpTransport transport = m.connect(c);
        ExecutorScheduler scheduler = new ExecutorScheduler("eet-dpos-" + m.keys().node(), c.clock());
        DposNode node = new DposNode(settings, m.keys(), m.directory(), transport, scheduler, store, election, journal);
        return new Node(node, transport, scheduler, store, journal);
    }

    private static List<Candidate> candidates(Config c, List<NodeId> order) {
        Map<NodeId, Config.Builder> attrs = new HashMap<>();
        for (NodeId id : order) {
            attrs.put(id, Config.builder(id.value()));
        }
        Optional<String> given = c.find("attributes");
        if (given.isEmpty()) {
            for (int i = 0; i < order.size(); i++) {
                attrs.get(order.get(i)).put("stake", 10L * (order.size() - i));
            }
        } else {
            for (String entry : given.get().split(",")) {
                if (entry.isBlank()) {
                    continue;
                }
                int colon = entry.indexOf(':');
                NodeId id = colon < 0 ? null : NodeId.of(entry.substring(0, colon).trim());
                if (id == null || !attrs.containsKey(id)) {
                    throw new InvalidArgumentException(c.subject(), "attributes", "entry '" + entry.trim()
                            + "' does not start with a member id and ':'");
                }
                for (String kv : entry.substring(colon + 1).split(";")) {
                    String[] p = kv.split("=");
                    if (p.length != 2 || p[0].isBlank()) {
                        throw new InvalidArgumentException(c.subject(), "attributes", "'" + kv.trim() + "' of " + id
                                + " is not key=value");
                    }
                    attrs.get(id).put(p[0].trim(), p[1].trim());
                }
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (NodeId id : order) {
            out.add(new Candidate(id, attrs.get(id).build()));
        }
        return out;
    }

    /** A DPoS node plus the resources it owns. */
    private record Node(DposNode node, TcpTransport transport, ExecutorScheduler scheduler, LedgerStore store,
                        VoteJournal journal) implements ConsensusProtocol {
        @Override
        public String name() {
            return node.name();
        }

        @Override
        public void start() {
            node.start();
        }

        @Override
        public void submit(TransactionEnvelope transaction) {
            node.submit(transaction);
        }

        @Override
        public void onCommit(Consumer<Block> listener) {
            node.onCommit(listener);
        }

        @Override
        public long committedHeight() {
            return node.committedHeight();
        }

        @Override
        public void close() {
            node.close();
            transport.close();
            scheduler.close();
            store.close();
            journal.close();
        }
    }
}
